// afterword's only script besides htmx: CSRF for htmx requests, copy buttons, live countdowns.
// Everything here is an enhancement; every page works without it.
(function () {
  "use strict";

  var meta = document.querySelector('meta[name="csrf-token"]');
  document.body.addEventListener("htmx:configRequest", function (event) {
    if (meta) event.detail.headers["X-CSRF-Token"] = meta.getAttribute("content");
  });

  function enableCopyButtons(root) {
    root.querySelectorAll("button[data-copy]").forEach(function (button) {
      if (!navigator.clipboard) return;
      button.hidden = false;
      if (button.dataset.bound) return;
      button.dataset.bound = "1";
      button.addEventListener("click", function () {
        var id = button.getAttribute("data-copy");
        var body = document.getElementById("body-" + id);
        var text = body ? body.value : (document.getElementById("preview-" + id) || {}).textContent;
        navigator.clipboard.writeText(text || "").then(function () {
          var label = button.textContent;
          button.textContent = "Copied";
          setTimeout(function () { button.textContent = label; }, 1500);
        });
      });
    });
  }

  function describe(seconds) {
    var abs = Math.abs(seconds), minutes = Math.round(abs / 60), text;
    if (minutes < 60) text = Math.max(minutes, 1) + " min";
    else if (minutes < 48 * 60) text = Math.floor(minutes / 60) + " h";
    else text = Math.floor(minutes / 1440) + " days";
    return seconds >= 0 ? "in " + text : text + " overdue";
  }

  function tick() {
    document.querySelectorAll("time[data-countdown]").forEach(function (el) {
      var due = Date.parse(el.getAttribute("datetime"));
      if (!isNaN(due)) el.textContent = describe((due - Date.now()) / 1000);
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    enableCopyButtons(document);
    setInterval(tick, 30000);
  });
  document.body.addEventListener("htmx:afterSwap", function (event) { enableCopyButtons(event.target); });
})();
