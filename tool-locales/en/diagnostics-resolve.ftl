# Diagnostics of the resolve stage (src/resolve.rs): a document merged with
# the profiles it extends.

resolve-extends-not-a-name = `extends` must be the name of a profile
resolve-extends-not-a-name-hint = write e.g. `extends: quebec-public-body`, naming a file of content/profiles/
# $profile: the profile named by `extends`.
resolve-unknown-profile = the profile `{ $profile }` does not exist
# $suggestion: the profile likely meant.
resolve-unknown-profile-did-you-mean = did you mean `{ $suggestion }`? Profiles live in content/profiles/<name>.yaml
resolve-no-profiles = this site has no profiles: create content/profiles/<name>.yaml or remove `extends`
# $profiles: the site's profiles, comma-separated.
resolve-known-profiles = known profiles: { $profiles }
# $chain: the profiles of the cycle, each extending the next (a → b → a).
resolve-profile-cycle = profiles extend each other in a cycle: { $chain }
resolve-profile-cycle-hint = remove `extends` from one of these profiles
resolve-profile-not-a-mapping = the profile is not a group of keys
resolve-profile-not-a-mapping-hint = a profile is a set of `key: value` lines, like a policy, holding the keys its policies share
