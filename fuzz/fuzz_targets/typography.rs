//! Typography of rendered HTML, both languages and both options. It must
//! not panic and must be idempotent: applying it to its own output changes
//! nothing.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policypress::probe::typography_case;
use policypress::typography::apply;

fuzz_target!(|data: &[u8]| {
    let Some((html, lang, options)) = typography_case(data) else {
        return;
    };
    let once = apply(html, lang, &options);
    let twice = apply(&once, lang, &options);
    assert_eq!(
        once, twice,
        "not idempotent ({lang:?}, {options:?}) on {html:?}"
    );
});
