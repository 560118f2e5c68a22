// policypress live preview: shows the page's new version when the site is
// rebuilt, in place (only the elements that changed are replaced, so the
// scroll position and focus stay; a full load only when the head's
// stylesheets or scripts changed), and shows the build's problems over the
// page when a change does not build.
// Served as a file (never inline) so a strict Content-Security-Policy holds.
(function () {
  "use strict";
  var overlayId = "policypress-overlay";
  // The problems of this page only (a policy's on its own pages, the
  // site's on every page; none over the dashboard, which lists them all).
  var page = encodeURIComponent(location.pathname);
  // The problems the reader closed the overlay on: shown again only when
  // they change.
  var dismissed = null;
  var shown = null;

  function removeOverlay() {
    var old = document.getElementById(overlayId);
    if (old) old.remove();
    shown = null;
  }

  function closeOverlay() {
    dismissed = shown;
    removeOverlay();
  }

  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && document.getElementById(overlayId)) closeOverlay();
  });

  function showOverlay(status) {
    var key = JSON.stringify(status.diagnostics);
    if (key === dismissed) return;
    if (key === shown && document.getElementById(overlayId)) return;
    removeOverlay();
    shown = key;
    if (!document.querySelector("link[data-policypress]")) {
      var css = document.createElement("link");
      css.rel = "stylesheet";
      css.href = "/_preview/overlay.css";
      css.setAttribute("data-policypress", "");
      document.head.appendChild(css);
    }
    var box = document.createElement("div");
    box.id = overlayId;
    box.setAttribute("role", "alertdialog");
    box.setAttribute("aria-labelledby", overlayId + "-title");
    box.setAttribute("lang", status.lang || "en");
    if (status.close) {
      var close = document.createElement("button");
      close.type = "button";
      close.className = "pp-close";
      close.textContent = status.close;
      close.addEventListener("click", closeOverlay);
      box.appendChild(close);
    }
    var title = document.createElement("h2");
    title.id = overlayId + "-title";
    title.textContent = status.title;
    box.appendChild(title);
    var list = document.createElement("ol");
    status.diagnostics.forEach(function (d) {
      var item = document.createElement("li");
      item.className = "pp-" + d.severity;
      var where = document.createElement("p");
      where.className = "pp-where";
      where.textContent = (d.file || "") + (d.line ? ":" + d.line + ":" + d.column : "") + "  " + (d.label || d.severity) + "[" + d.code + "]";
      item.appendChild(where);
      var msg = document.createElement("p");
      msg.className = "pp-message";
      msg.textContent = d.message;
      item.appendChild(msg);
      if (d.snippet) {
        var pre = document.createElement("pre");
        pre.textContent = d.snippet;
        pre.tabIndex = 0;
        item.appendChild(pre);
      }
      if (d.hint) {
        var hint = document.createElement("p");
        hint.className = "pp-hint";
        hint.textContent = d.hint;
        item.appendChild(hint);
      }
      list.appendChild(item);
    });
    box.appendChild(list);
    box.tabIndex = -1;
    document.body.appendChild(box);
    box.focus();
  }

  // What of the head only the content changes: the title, the JSON-LD and
  // the `content` of named metadata (the version, the description and the
  // dcterms.* set, which follow the policy's title and dates); a meta
  // element counts by its name alone. Anything else (a stylesheet, a
  // script) needs a full load.
  function headShape(head) {
    var parts = [];
    Array.prototype.forEach.call(head.children, function (el) {
      var tag = el.tagName.toLowerCase();
      if (tag === "title") return;
      if (tag === "script" && el.type === "application/ld+json") return;
      if (el.hasAttribute("data-policypress")) return;
      if (tag === "meta" && el.hasAttribute("name")) {
        parts.push("meta " + el.getAttribute("name"));
        return;
      }
      parts.push(el.outerHTML);
    });
    return parts.join("\n");
  }

  // Whether two elements have the same children, node for node (same
  // kinds, same tags), so they can be compared pair by pair.
  function sameShape(a, b) {
    if (a.tagName !== b.tagName || a.childNodes.length !== b.childNodes.length) return false;
    for (var i = 0; i < a.childNodes.length; i++) {
      var x = a.childNodes[i], y = b.childNodes[i];
      if (x.nodeType !== y.nodeType || x.nodeName !== y.nodeName) return false;
    }
    return true;
  }

  function copyAttributes(from, to) {
    Array.prototype.slice.call(to.attributes).forEach(function (a) {
      if (!from.hasAttribute(a.name)) to.removeAttribute(a.name);
    });
    Array.prototype.forEach.call(from.attributes, function (a) {
      if (to.getAttribute(a.name) !== a.value) to.setAttribute(a.name, a.value);
    });
  }

  // Replaces, under `old`, only the nodes that differ from `fresh`
  // (descending while the structure is the same), so what did not change
  // keeps its place and its focus.
  function patch(old, fresh, depth) {
    copyAttributes(fresh, old);
    if (!sameShape(old, fresh) || depth > 8) {
      old.innerHTML = fresh.innerHTML;
      return;
    }
    for (var i = 0; i < fresh.childNodes.length; i++) {
      var a = old.childNodes[i], b = fresh.childNodes[i];
      if (a.nodeType !== 1) {
        if (a.nodeValue !== b.nodeValue) a.nodeValue = b.nodeValue;
        continue;
      }
      if (a.id === overlayId || a.isEqualNode(b)) continue;
      if (sameShape(a, b)) {
        patch(a, b, depth + 1);
      } else {
        a.replaceWith(document.importNode(b, true));
      }
    }
  }

  // Marks each step of an update on the page's performance timeline
  // (`policypress-event`, `-fetched`, `-patched`; only the last of each is
  // kept), so the browser suite can tell where the time of a save goes.
  function mark(step) {
    if (!window.performance || !performance.mark) return;
    var name = "policypress-" + step;
    performance.clearMarks(name);
    performance.mark(name);
  }

  // Shows the page's new version in place; a full load when its head
  // changed otherwise, or when anything goes wrong.
  // Each update is numbered: a page fetched for an older one that arrives
  // late is not patched over a newer one.
  var updates = 0;
  function update() {
    var x = window.scrollX, y = window.scrollY;
    var mine = ++updates;
    fetch(location.href, { cache: "no-store" })
      .then(function (r) {
        if (!r.ok || !/html/.test(r.headers.get("Content-Type") || "")) throw new Error("no page");
        return r.text();
      })
      .then(function (html) {
        if (mine !== updates) return;
        mark("fetched");
        var fresh = new DOMParser().parseFromString(html, "text/html");
        if (headShape(fresh.head) !== headShape(document.head)) throw new Error("head changed");
        document.title = fresh.title;
        var a = document.head.querySelector("script[type='application/ld+json']");
        var b = fresh.head.querySelector("script[type='application/ld+json']");
        if (a && b) a.replaceWith(document.importNode(b, true));
        // Same names in the same order (headShape): copy each content.
        var oldMeta = document.head.querySelectorAll("meta[name]");
        var newMeta = fresh.head.querySelectorAll("meta[name]");
        for (var m = 0; m < oldMeta.length && m < newMeta.length; m++) {
          copyAttributes(newMeta[m], oldMeta[m]);
        }
        var overlay = document.getElementById(overlayId);
        patch(document.body, fresh.body, 0);
        if (overlay && !document.getElementById(overlayId)) document.body.appendChild(overlay);
        window.scrollTo(x, y);
        mark("patched");
        document.documentElement.setAttribute("data-policypress-updated", String(generation));
      })
      .catch(function () { location.reload(); });
  }

  var generation = null;
  function apply(status) {
    if (generation === null) generation = status.generation;
    if (status.ok) {
      removeOverlay();
      dismissed = null;
      if (status.generation !== generation) {
        generation = status.generation;
        mark("event");
        update();
      }
    } else {
      showOverlay(status);
    }
  }

  function refresh() {
    fetch("/_preview/status.json?page=" + page, { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(apply)
      .catch(function () {});
  }

  refresh();
  // The browser reconnects by itself after a network error, but gives up
  // on an HTTP error: the server answers 503 past its cap of open streams
  // (many tabs); try again a little later.
  function listen() {
    var source = new EventSource("/_preview/events?page=" + page);
    source.addEventListener("status", function (e) { apply(JSON.parse(e.data)); });
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(listen, 5000);
      }
    };
  }
  listen();
})();
