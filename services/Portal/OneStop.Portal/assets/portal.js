// OneStop portal: small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // Uploads with a progress bar, sent as soon as a file is chosen (one tap fewer): the form still posts normally, with
  // its button, when this script does not run.
  document.querySelectorAll("form[data-upload]").forEach(function (form) {
    var chooser = form.querySelector("input[type=file]");
    var button = form.querySelector("button[type=submit]");
    if (chooser && button && form.requestSubmit) {
      button.hidden = true;
      chooser.addEventListener("change", function () { if (chooser.files.length) form.requestSubmit(); });
    }
    form.addEventListener("submit", function (event) {
      var input = form.querySelector("input[type=file]");
      if (!input || !input.files.length || !window.XMLHttpRequest) return;
      event.preventDefault();
      var bar = form.querySelector("progress");
      var status = form.querySelector("[data-upload-status]");
      if (bar) { bar.hidden = false; bar.value = 0; }
      var request = new XMLHttpRequest();
      request.open("POST", form.action);
      request.upload.addEventListener("progress", function (e) {
        if (e.lengthComputable && bar) bar.value = Math.round(e.loaded * 100 / e.total);
      });
      request.addEventListener("load", function () {
        // The server answers with the whole page (the document in the draft, or the error next to the field).
        document.open(); document.write(request.responseText); document.close();
      });
      request.addEventListener("error", function () { if (status) status.textContent = status.getAttribute("data-failed"); });
      request.send(new FormData(form));
    });
  });

  // A live part of the page (an application's progress) refreshed from the server while the page is open: at once when
  // the server's events say it changed, and every few seconds while no event stream is open (the fallback).
  document.querySelectorAll("[data-live]").forEach(function (region) {
    var every = parseInt(region.getAttribute("data-live-every") || "5000", 10);
    var streaming = false;
    function refresh() {
      fetch(region.getAttribute("data-live"), { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
        .then(function (response) { return response.ok ? response.text() : null; })
        .then(function (html) { if (html !== null && html !== region.innerHTML) region.innerHTML = html; })
        .catch(function () { /* offline for a moment: try again next time */ });
    }
    var events = region.getAttribute("data-live-events");
    if (events && window.EventSource) {
      var source = new EventSource(events);
      // data-streaming tells a reader (and the browser tests) that changes come by push.
      source.addEventListener("open", function () { streaming = true; region.setAttribute("data-streaming", ""); });
      source.addEventListener("changed", refresh);
      source.addEventListener("error", function () { streaming = false; region.removeAttribute("data-streaming"); });
    }
    setInterval(function () { if (!streaming) refresh(); }, every);
  });

  // Fields that apply only above a number another field holds (a high-voltage power source): hidden, and not sent, below it.
  document.querySelectorAll("[data-shown-above]").forEach(function (part) {
    var by = document.getElementById(part.getAttribute("data-shown-by"));
    if (!by) return;
    var above = parseFloat(part.getAttribute("data-shown-above"));
    function update() {
      var shown = parseFloat(by.value) > above;
      part.hidden = !shown;
      part.querySelectorAll("input, select, textarea").forEach(function (field) { field.disabled = !shown; });
    }
    by.addEventListener("input", update);
    update();
  });

  // Print buttons (receipts).
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
})();
