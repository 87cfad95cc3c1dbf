//! terang
