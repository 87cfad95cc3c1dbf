//! The files site.yaml's identity names (`organization.logo`, `image.src`), checked against
//! `content/` once it has been walked.

use crate::config::SiteConfig;
use crate::content::Asset;
use crate::diagnostic::Diagnostics;
use crate::messages::msg;

/// The logo and the picture for sharing named in site.yaml must be files of `content/`;
/// the picture must be one terang processes (previews do not show SVG or GIF).
pub(super) fn check_files(config: &SiteConfig, assets: &[Asset], problems: &mut Diagnostics) {
    let has = |rel: &str| assets.iter().any(|a| a.rel == rel);
    let logo = config.organization.as_ref().and_then(|o| o.logo.as_ref());
    for file in logo
        .into_iter()
        .chain(config.image.as_ref().map(|i| &i.file))
    {
        if !has(&file.rel) {
            problems.push(file.missing.clone());
        }
    }
    if let Some(image) = &config.image
        && has(&image.file.rel)
        && crate::photo::format_from_name(&image.file.rel).is_none()
    {
        let mut d = image.file.missing.clone();
        d.message = msg!("identity-image-not-raster", file = &image.file.rel);
        d.help = Some(msg!("identity-image-not-raster-help"));
        problems.push(d);
    }
}
