//! Typography of rendered HTML, both languages and both options. It must
//! not panic and must be idempotent: applying it to its own output changes
//! nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policypress::model::Lang;
use policypress::typography::{apply, Options};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let Ok(html) = std::str::from_utf8(rest) else {
        return;
    };
    let lang = if mode & 1 == 0 { Lang::Fr } else { Lang::En };
    let options = Options {
        narrow_nbsp_before_punct: mode & 2 != 0,
    };
    let once = apply(html, lang, &options);
    let twice = apply(&once, lang, &options);
    assert_eq!(once, twice, "not idempotent ({lang:?}, {options:?}) on {html:?}");
});
