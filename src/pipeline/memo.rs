//! The memo interface: how a caller that keeps results between builds (`rebuild`) wraps
//! the stages. Each method is one stage, and its default runs the stage as the plain
//! function of its inputs, so [`NoReuse`] — what `build` and `check` use — is a clean
//! build. The stages themselves know nothing of reuse; a memo returns exactly what the
//! stage would (`tests/incremental.rs` compares rebuilds with clean builds).

use std::path::Path;
use std::sync::Arc;

use crate::config::SiteConfig;
use crate::content::{self, Asset, Inventory, SourceDoc};
use crate::data::Dataset;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::i18n::locales::Locales;
use crate::output::{OutputFile, Sink};
use crate::render::{self, Engine, Theme};

/// The stages of a build, each of which a memo may answer from what it kept.
pub trait Memo {
    /// A build of the site at `site_root` with `config` begins.
    fn begin(&mut self, _site_root: &Path, _config: &SiteConfig) {}

    /// [`content::walk::walk`]: the files under `content/`.
    fn walk(
        &mut self,
        content_dir: &Path,
        site_root: &Path,
        problems: &mut Diagnostics,
    ) -> Inventory {
        content::walk::walk(content_dir, site_root, problems)
    }

    /// [`content::load`]: every document read and its front matter parsed.
    fn load_docs(
        &mut self,
        inventory: &Inventory,
        site_root: &Path,
        config: &SiteConfig,
        problems: &mut Diagnostics,
    ) -> Vec<SourceDoc> {
        content::load(inventory, site_root, config, problems)
    }

    /// [`crate::data::load`]: every dataset read and checked.
    fn load_datasets(
        &mut self,
        files: &[Asset],
        _sheets: &[Asset],
        site_root: &Path,
        languages: &[&str],
        problems: &mut Diagnostics,
    ) -> Vec<Dataset> {
        crate::data::load(files, site_root, languages, problems)
    }

    /// [`render::theme::load`]: the theme's templates, strings and static files.
    fn load_theme(
        &mut self,
        site_root: &Path,
        name: &str,
        languages: &[&str],
    ) -> Result<Arc<Theme>, Diagnostics> {
        render::theme::load(site_root, name, languages).map(Arc::new)
    }

    /// [`Engine::new`]: the templates compiled.
    fn engine(
        &mut self,
        theme: &Arc<Theme>,
        base_path: &str,
    ) -> Result<Arc<Engine>, Vec<Diagnostic>> {
        Engine::new(theme, base_path).map(Arc::new)
    }

    /// [`Locales::new`]: the formatters of every language.
    fn locales(
        &mut self,
        config: &SiteConfig,
        theme: &Arc<Theme>,
    ) -> Result<Arc<Locales>, Diagnostics> {
        Locales::new(config, &theme.strings).map(Arc::new)
    }

    /// [`render::chart_lint::check`]: the theme's chart colours and every chart, linted.
    fn chart_lint(
        &mut self,
        site: &crate::site::Site,
        theme: &Theme,
        locales: &Locales,
        problems: &mut Diagnostics,
    ) {
        render::chart_lint::check(site, theme, locales, problems);
    }

    /// [`render::render`]: every output file but the search index. `problems` holds what
    /// the stages before found.
    fn render(
        &mut self,
        inputs: render::Inputs<'_>,
        sink: Sink<'_>,
        problems: &mut Diagnostics,
    ) -> Vec<OutputFile> {
        render::render(inputs, sink, problems)
    }

    /// Whether the build makes the search index. A memo that says no makes it itself,
    /// or has no use for it; the build still checks that nothing sits where it goes.
    fn search_index(&self) -> bool {
        true
    }

    /// The build failed: its documents, for a memo that keeps them.
    fn failed(&mut self, _docs: Vec<SourceDoc>) {}
}

/// Reuse nothing: every stage runs, every build (`build`, `check`).
pub struct NoReuse {
    /// Whether to make the search index (`check` writes nothing, so it makes none).
    pub search_index: bool,
}

impl Memo for NoReuse {
    fn search_index(&self) -> bool {
        self.search_index
    }
}
