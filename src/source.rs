//! Source files and positions.
//!
//! Every file the pipeline reads (policies, profiles, site settings, locale
//! files, templates) is kept in a [`SourceMap`] so diagnostics can quote the
//! author's own lines. Positions are [`Span`]s: 1-based line and column (in
//! characters, as editors count them) plus a length, so they survive being
//! serialized to JSON and can be mapped back to byte ranges for snippets.

use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Identifies a file inside a [`SourceMap`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FileId(pub(crate) u32);

/// A region of a source file: where it starts (1-based line and column,
/// columns counted in characters) and how many characters it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// Length in characters (0 for a point).
    pub len: u32,
}

impl Span {
    /// A span at the very start of a file.
    pub const START: Span = Span {
        line: 1,
        column: 1,
        len: 0,
    };

    /// A span from 1-based line and column with a length in characters.
    pub fn new(line: u32, column: u32, len: u32) -> Self {
        Span { line, column, len }
    }
}

/// A file's path (as shown to authors) and its text.
#[derive(Debug)]
pub struct SourceFile {
    /// Path relative to the site root where possible, as shown in messages.
    pub display: String,
    /// Absolute or root-relative path on disk.
    pub path: PathBuf,
    /// Full text of the file.
    pub text: String,
    line_starts: Vec<usize>,
}

impl SourceFile {
    /// Creates a source file and indexes its lines.
    pub fn new(display: impl Into<String>, path: impl Into<PathBuf>, text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            display: display.into(),
            path: path.into(),
            text,
            line_starts,
        }
    }

    /// Number of lines (a final line without a newline counts).
    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    /// Byte offset where 1-based `line` starts (clamped to the text).
    pub fn line_start(&self, line: u32) -> usize {
        let idx = (line.max(1) as usize - 1).min(self.line_starts.len() - 1);
        self.line_starts[idx]
    }

    /// Text of 1-based `line`, without its line ending.
    pub fn line_text(&self, line: u32) -> &str {
        let start = self.line_start(line);
        let rest = &self.text[start..];
        let end = rest.find('\n').unwrap_or(rest.len());
        rest[..end].trim_end_matches('\r')
    }

    /// Byte range covered by a span (clamped to its line's end for the start,
    /// and to the text for the end).
    pub fn byte_range(&self, span: Span) -> std::ops::Range<usize> {
        let line_start = self.line_start(span.line);
        let from_line = &self.text[line_start..];
        let start = line_start + char_to_byte(from_line, span.column.saturating_sub(1) as usize);
        let end = start + char_to_byte(&self.text[start..], span.len as usize);
        start..end
    }

    /// The 1-based line and column of a byte offset.
    pub fn position(&self, byte: usize) -> (u32, u32) {
        // An offset inside a character (from a parser that counts
        // differently) stands for that character.
        let byte = floor_boundary(&self.text, byte);
        let line_idx = match self.line_starts.binary_search(&byte) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line_idx];
        let col = self.text[start..byte].chars().count();
        (line_idx as u32 + 1, col as u32 + 1)
    }

    /// A span covering the byte range `range`, clipped to its first line.
    pub fn span_of_bytes(&self, range: std::ops::Range<usize>) -> Span {
        let start = floor_boundary(&self.text, range.start);
        let (line, column) = self.position(start);
        let end = ceil_boundary(&self.text, range.end.max(start));
        let piece = &self.text[start..end];
        let piece = piece.split('\n').next().unwrap_or("");
        Span::new(line, column, piece.chars().count() as u32)
    }
}

/// The largest character boundary of `s` at or before `byte` (clamped to
/// its length).
fn floor_boundary(s: &str, byte: usize) -> usize {
    let mut b = byte.min(s.len());
    while !s.is_char_boundary(b) {
        b -= 1;
    }
    b
}

/// The smallest character boundary of `s` at or after `byte` (clamped to
/// its length).
fn ceil_boundary(s: &str, byte: usize) -> usize {
    let mut b = byte.min(s.len());
    while !s.is_char_boundary(b) {
        b += 1;
    }
    b
}

fn char_to_byte(s: &str, chars: usize) -> usize {
    s.char_indices().nth(chars).map_or(s.len(), |(i, _)| i)
}

/// All the files read during one run, addressed by [`FileId`].
///
/// Cloning is cheap (two reference counts): the live preview hands a copy
/// to the server with every change, and the copy is made real only when
/// one side adds a file (copy on write).
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: Arc<Vec<Arc<SourceFile>>>,
    by_path: Arc<std::collections::HashMap<PathBuf, FileId>>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file and returns its id. A file read again (in a live
    /// preview) replaces the previous text under the same id, so the map does
    /// not grow with every save.
    pub fn add(&mut self, file: SourceFile) -> FileId {
        if let Some(&id) = self.by_path.get(&file.path) {
            Arc::make_mut(&mut self.files)[id.0 as usize] = Arc::new(file);
            return id;
        }
        let id = FileId(self.files.len() as u32);
        Arc::make_mut(&mut self.by_path).insert(file.path.clone(), id);
        Arc::make_mut(&mut self.files).push(Arc::new(file));
        id
    }

    /// The id of the file at `path`, adding it with no text yet if it is
    /// not in the map: files read in parallel get their ids first, in a
    /// stable order, and their text (with [`SourceMap::add`]) later.
    pub fn reserve(&mut self, display: impl Into<String>, path: &Path) -> FileId {
        match self.by_path.get(path) {
            Some(&id) => id,
            None => self.add(SourceFile::new(display, path, String::new())),
        }
    }

    /// The file with id `id`.
    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// Finds a file by its path on disk.
    pub fn find(&self, path: &Path) -> Option<FileId> {
        self.by_path.get(path).copied()
    }

    /// Iterates over all files with their ids.
    pub fn iter(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files
            .iter()
            .enumerate()
            .map(|(i, f)| (FileId(i as u32), f.as_ref()))
    }
}

/// The files of a [`SourceMap`], plus at most one file not in it yet: a
/// policy read and checked on its own thread during a build.
#[derive(Debug, Clone, Copy)]
pub struct SourceView<'a> {
    map: &'a SourceMap,
    extra: Option<(FileId, &'a SourceFile)>,
}

impl<'a> SourceView<'a> {
    /// The files of `map`.
    pub fn of(map: &'a SourceMap) -> Self {
        SourceView { map, extra: None }
    }

    /// The files of `map`, with `file` as the file `id`.
    pub fn with(map: &'a SourceMap, id: FileId, file: &'a SourceFile) -> Self {
        SourceView {
            map,
            extra: Some((id, file)),
        }
    }

    /// The file with id `id`.
    pub fn get(&self, id: FileId) -> &'a SourceFile {
        match self.extra {
            Some((x, f)) if x == id => f,
            _ => self.map.get(id),
        }
    }

    /// The id of the file read from `path`, if it was read.
    pub fn find(&self, path: &Path) -> Option<FileId> {
        match self.extra {
            Some((x, f)) if f.path == path => Some(x),
            _ => self.map.find(path),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_inside_a_character_stand_for_it() {
        let f = SourceFile::new("x.ftl", "x.ftl", "\u{feff}é = a\n".to_string());
        assert_eq!(f.position(1), (1, 1));
        assert_eq!(f.span_of_bytes(1..4), Span::new(1, 1, 2));
        assert_eq!(f.span_of_bytes(4..99), Span::new(1, 2, 5));
    }

    #[test]
    fn positions_count_characters_not_bytes() {
        let f = SourceFile::new("a.yaml", "a.yaml", "titre: été\nclé: x\r\nz".into());
        assert_eq!(f.line_text(2), "clé: x");
        assert_eq!(f.line_text(3), "z");
        let r = f.byte_range(Span::new(1, 8, 3));
        assert_eq!(&f.text[r], "été");
        assert_eq!(f.position(f.text.find("x").unwrap()), (2, 6));
        assert_eq!(f.span_of_bytes(13..17), Span::new(2, 1, 3));
    }
}
