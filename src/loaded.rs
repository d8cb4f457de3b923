//! Loaded wording: charged word choice, the outlet's or (inside a quote) the speaker's.

use std::ops::Range;

use crate::report::Loaded;
use crate::text::Text;
use crate::voice::VoiceMap;

/// Finds loaded wording, as joined-text spans.
pub(crate) fn find(_text: &Text, _voice: &VoiceMap) -> Vec<(Range<usize>, Loaded)> {
    Vec::new()
}
