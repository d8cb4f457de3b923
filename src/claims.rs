//! Unattributed claims: checkable facts in the outlet's own voice with no source, and vague
//! attributions ("critics say", "it is believed").

use std::ops::Range;

use crate::report::Claim;
use crate::text::Text;
use crate::voice::VoiceMap;

/// Finds the claims, as joined-text spans.
pub(crate) fn find(_text: &Text, _voice: &VoiceMap) -> Vec<(Range<usize>, Claim)> {
    Vec::new()
}
