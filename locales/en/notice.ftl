### The fragment of a collection notice (notice-fragment.html): the short
### notice that sits above a form's submit button, with a link to the full
### notice. Each sentence is printed only from the notice's own data.

# The fragment above a form (notice-fragment.html).
# $org: the organization's name (Access Act s. 65 (1): the body collecting)
fragment-collector = Collected by: { $org }.
# $count, $complete, $item: the purposes (`use.purposes`), joined when several
fragment-purposes = { $count ->
        [1] { $complete ->
            [true] The information you give here is used only to { $item }.
           *[other] The information you give here is used, among other things, to { $item }.
        }
       *[other] { $complete ->
            [true] The information you give here is used only for the following purposes: { $item }.
           *[other] The information you give here is used for purposes that include the following: { $item }.
        }
    }
fragment-recipients-none = It is not shared with any third party.
fragment-full-notice = Read the full collection notice
