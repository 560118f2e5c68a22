# How every diagnostic is shown, whatever it says (src/diagnostic.rs).
# The stages' own messages are in diagnostics-<stage>.ftl.

# The word before the code in a diagnostic's first line: error[yaml-syntax].
diag-severity-error = error
diag-severity-warning = warning
# The note under a diagnostic that says how to fix it. $hint: the hint.
diag-help = help: { $hint }
# The note under a diagnostic that points at no line of a file.
# $path: the file or folder concerned.
diag-in-path = in { $path }
