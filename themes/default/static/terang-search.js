// The search page's script (templates/search.html): Pagefind's JS API over the index that
// `terang build` writes to /pagefind/. Loaded with `defer` on the search page only; the page
// works without it (the form reloads with ?q= and the page says how to browse instead).
(() => {
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-q");
  const status = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  if (!form || !input || !status || !list) return;
  const text = form.dataset;
  const lang = document.documentElement.lang;
  let pagefind = null;
  let timer = 0;
  let latest = 0;
  // Result URLs already carry the base path, so Pagefind must not add one (baseUrl "/").
  const load = () => (pagefind ??= import(text.pagefind).then(async (pf) => {
    await pf.options({ baseUrl: "/", noWorker: true, excerptLength: 24 });
    return pf;
  }).catch((error) => { pagefind = null; throw error; }));
  // Pagefind marks matches with <mark> in otherwise plain text: build nodes, never innerHTML.
  const excerpt = (raw) => {
    const p = document.createElement("p");
    p.className = "item-summary";
    raw.split(/(<mark>|<\/mark>)/).reduce((marked, part) => {
      if (part === "<mark>" || part === "</mark>") return part === "<mark>";
      if (part) p.append(marked ? Object.assign(document.createElement("mark"), { textContent: part }) : part);
      return marked;
    }, false);
    return p;
  };
  const item = (data) => {
    const li = Object.assign(document.createElement("li"), { className: "item" });
    const h2 = Object.assign(document.createElement("h2"), { className: "item-title" });
    h2.append(Object.assign(document.createElement("a"), { href: data.url, textContent: data.meta.title || data.url }));
    li.append(h2, excerpt(data.excerpt || ""));
    return li;
  };
  const run = async (query) => {
    const id = ++latest;
    const q = query.trim();
    history.replaceState(null, "", q ? `?q=${encodeURIComponent(q)}` : location.pathname);
    if (!q) { status.textContent = ""; list.replaceChildren(); return; }
    try {
      const search = await (await load()).search(q);
      const data = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
      if (id !== latest) return;
      const n = search.results.length;
      status.textContent = (n === 1 ? text.one : text.many).replace("{n}", n.toLocaleString(lang));
      list.replaceChildren(...data.map(item));
    } catch (error) {
      if (id === latest) { status.textContent = text.error; list.replaceChildren(); }
    }
  };
  input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => run(input.value), 250); });
  form.addEventListener("submit", (event) => { event.preventDefault(); clearTimeout(timer); run(input.value); });
  document.getElementById("search-nojs")?.setAttribute("hidden", "");
  const q = new URLSearchParams(location.search).get("q");
  if (q) { input.value = q; run(q); }
})();
