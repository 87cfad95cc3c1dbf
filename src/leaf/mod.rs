//! Leaf helpers: small pieces every stage may use — slugs, locale tags, units. Nothing
//! here imports another module of the crate, so `config`, `content` and `data` can use
//! them without importing the stages above them.

pub mod locale;
pub mod slug;
pub mod unit;
