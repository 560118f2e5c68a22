# Diagnostics of the drivers (src/site/, src/serve/store.rs): what concerns a
# document's profiles or policy, several documents, or the site as a whole.

# $profile: the profile; $file: its file, where its errors are reported.
site-profile-error = the profile `{ $profile }` has errors, reported in `{ $file }`
site-profile-error-hint = fix the profile's errors; this policy is checked again once it loads
# $policy: the policy a notice names.
site-unknown-policy = the policy `{ $policy }` does not exist
# $suggestion: the policy likely meant.
site-unknown-policy-did-you-mean = did you mean `{ $suggestion }`? `privacy_policy` names a file of content/policies/ by its name, without `.yaml`
site-unknown-policy-no-policies = a notice belongs to a privacy policy of the site: add it in content/policies/
# $policies: the site's policies, comma-separated.
site-known-policies = the site's policies: { $policies }
site-no-policies = the site has no policy
site-no-policies-hint = add a file content/policies/<id>.yaml (policypress new <id> writes one)
site-lock-missing = translation freshness is not tracked: there is no translations lock
site-lock-missing-hint = once both languages are reviewed, record it: `policypress check --accept all`
# $id: the site's message.
site-message-overrides-nothing = the message `{ $id }` replaces no built-in message and no template uses it
site-message-overrides-nothing-hint = check the message id against the built-in wording (policypress lists it in (built-in) locales/)
# $template: the theme's template; $message: the message it asks for;
# $lang: the language lacking it (`en`, `fr`).
site-missing-message = the template `{ $template }` asks for the message `{ $message }`, which locales/{ $lang }/ does not define
# $message: the message; $lang: the language lacking it (`en`, `fr`).
site-missing-message-hint = define `{ $message }` in locales/{ $lang }/ (and in the other language)
# $id: the document; $reason: why it cannot be published, as the publishing
# stage says it.
site-render-error = `{ $id }`: { $reason }
# $path: the theme's file; $reason: what the system said.
site-asset-unreadable = cannot read the asset `{ $path }`: { $reason }
