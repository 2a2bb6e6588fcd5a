//! Extraction of values from Vietnamese text.

pub(crate) mod lunar;
