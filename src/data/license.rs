//! Licences of open data: the SPDX-style ids people write, and the URLs machines want.

/// The URL of a licence id (`CC-BY-4.0`), or `None` for an id we do not know.
pub fn url(id: &str) -> Option<&'static str> {
    // SPDX ids match case-insensitively.
    Some(match id.trim().to_ascii_uppercase().as_str() {
        "CC-BY-4.0" => "https://creativecommons.org/licenses/by/4.0/",
        "CC-BY-SA-4.0" => "https://creativecommons.org/licenses/by-sa/4.0/",
        "CC0-1.0" => "https://creativecommons.org/publicdomain/zero/1.0/",
        "ODBL-1.0" => "https://opendatacommons.org/licenses/odbl/1-0/",
        "PDDL-1.0" => "https://opendatacommons.org/licenses/pddl/1-0/",
        "ODC-BY-1.0" => "https://opendatacommons.org/licenses/by/1-0/",
        _ => return None,
    })
}

/// A readable name for the licence id.
pub fn name(id: &str) -> &str {
    match id {
        "CC-BY-4.0" => "CC BY 4.0",
        "CC-BY-SA-4.0" => "CC BY-SA 4.0",
        "CC0-1.0" => "CC0 1.0",
        other => other,
    }
}
