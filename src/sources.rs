//! The list of sources: every speaker the frames name, merged by canonical name.

use crate::attribution::Frame;
use crate::report::Source;
use crate::text::Text;

/// Lists the sources in order of first appearance; a quote split into parts counts once.
pub(crate) fn collect(_text: &Text, frames: &[Frame]) -> Vec<Source> {
    let mut sources: Vec<Source> = Vec::new();
    let mut last_group = None;
    for frame in frames {
        let Some(speaker) = &frame.speaker else { continue };
        let new_quote = last_group != Some((frame.group, speaker.name.as_str()));
        last_group = Some((frame.group, speaker.name.as_str()));
        let i = match sources.iter().position(|s| s.name == speaker.name) {
            Some(i) => i,
            None => {
                sources.push(Source {
                    name: speaker.name.clone(),
                    description: None,
                    anonymous: speaker.anonymous,
                    quotes: 0,
                    via: Vec::new(),
                });
                sources.len() - 1
            }
        };
        let source = &mut sources[i];
        if new_quote {
            source.quotes += 1;
        }
        if source.description.is_none() {
            source.description.clone_from(&speaker.description);
        }
        if let Some(via) = &frame.via {
            if !source.via.contains(via) {
                source.via.push(via.clone());
            }
        }
    }
    sources
}
