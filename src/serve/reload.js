// policypress live preview: reloads the page when the site is rebuilt and
// shows the build's problems over the page when a change does not build.
// Served as a file (never inline) so a strict Content-Security-Policy holds.
(function () {
  "use strict";
  var overlayId = "policypress-overlay";

  function removeOverlay() {
    var old = document.getElementById(overlayId);
    if (old) old.remove();
  }

  function showOverlay(status) {
    removeOverlay();
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
      where.textContent = (d.file || "") + (d.line ? ":" + d.line + ":" + d.column : "") + "  " + d.severity + "[" + d.code + "]";
      item.appendChild(where);
      var msg = document.createElement("p");
      msg.className = "pp-message";
      msg.setAttribute("lang", "en"); // diagnostics are in English
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
        hint.setAttribute("lang", "en");
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

  var generation = null;
  function apply(status) {
    if (generation === null) generation = status.generation;
    if (status.ok) {
      removeOverlay();
      if (status.generation !== generation) location.reload();
    } else {
      showOverlay(status);
    }
  }

  function refresh() {
    fetch("/_preview/status.json", { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(apply)
      .catch(function () {});
  }

  refresh();
  // The browser reconnects by itself after a network error, but gives up
  // on an HTTP error: the server answers 503 past its cap of open streams
  // (many tabs); try again a little later.
  function listen() {
    var source = new EventSource("/_preview/events");
    source.addEventListener("status", function (e) { apply(JSON.parse(e.data)); });
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) {
        setTimeout(listen, 5000);
      }
    };
  }
  listen();
})();
