//! Links to other content by file (`../programs/pkh.md`, `@/programs/pkh.md`), resolved to the
//! page in the reader's language, or its original when untranslated.

use crate::content::walk::split_language;
use crate::site::{Site, resolve_asset};

/// Whether a link target names a content file rather than a URL.
pub fn is_content_link(dest: &str) -> bool {
    let path = dest.split('#').next().unwrap_or(dest);
    dest.starts_with("@/") || (path.ends_with(".md") && !crate::site::url_is_external(dest))
}

/// Resolve a content link written in the file `doc_rel` (relative to `content/`) for a page in
/// `lang`. Returns the href, or a message saying what is wrong.
pub fn resolve_page_link(
    site: &Site,
    doc_rel: &str,
    dest: &str,
    lang: &str,
) -> Result<String, String> {
    let (path, fragment) = match dest.split_once('#') {
        Some((p, f)) => (p, Some(f)),
        None => (dest, None),
    };
    let rel = match path.strip_prefix("@/") {
        Some(from_root) => resolve_asset("", &format!("/{from_root}")),
        None => resolve_asset(doc_rel, path),
    }
    .ok_or_else(|| format!("link `{dest}` points outside content/"))?;
    let without_md = rel.strip_suffix(".md").unwrap_or(&rel);
    let (base, explicit_lang) = split_language(without_md);
    let want = explicit_lang.unwrap_or(lang);
    let href = if base == "_index" {
        Some(site.urls.href(&site.urls.home(site.language(want))))
    } else if let Some(section) = base.strip_suffix("/_index") {
        section_href(site, section, want)
    } else {
        let key = base.strip_suffix("/index").unwrap_or(base);
        site.best_translation(key, want)
            .map(|p| site.urls.href(&p.path))
    };
    let href = href.ok_or_else(|| {
        if site.content_dir.join(&rel).is_file() {
            format!("link to `{path}`: that page is not published (a draft, dated in the future, or with errors of its own)")
        } else {
            format!("link to `{path}`: no such page in content/")
        }
    })?;
    Ok(match fragment {
        Some(f) => format!("{href}#{f}"),
        None => href,
    })
}

fn section_href(site: &Site, name: &str, lang: &str) -> Option<String> {
    let section = if name == crate::content::walk::PROGRAMS {
        Some(&site.programs)
    } else {
        site.section(name)
    }?;
    Some(site.urls.href(&site.section_lang(section, lang).path))
}
