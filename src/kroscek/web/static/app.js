// kroscek web: optional enhancements only; every page reads fine without this file.
// 1. The side-by-side picker switches the pair as soon as a select is changed with the
//    mouse or touch; keyboard users move through the options freely and press "Show".
// 2. Following a finding to its evidence flashes every piece of the highlighted words
//    (a mark split by overlapping highlights has several pieces) and moves focus there.
// 3. The search and filter forms leave their empty fields out of the address, so the
//    link an editor shares reads "/search?q=banjir", not "?q=banjir&outlet=&since=".
(function () {
  "use strict";

  function flash(anchor) {
    if (!anchor) return;
    var pieces = document.querySelectorAll("mark[data-marks]");
    var first = document.getElementById(anchor);
    var found = false;
    for (var i = 0; i < pieces.length; i++) {
      var names = pieces[i].getAttribute("data-marks").split(" ");
      var hit = names.indexOf(anchor) !== -1;
      pieces[i].classList.toggle("flash", hit);
      found = found || hit;
    }
    if (first && found) {
      if (!first.hasAttribute("tabindex")) first.setAttribute("tabindex", "-1");
      first.focus({ preventScroll: true });
      first.scrollIntoView({ block: "center" });
    }
  }

  function currentAnchor() {
    return decodeURIComponent(window.location.hash.replace(/^#/, ""));
  }

  document.addEventListener("DOMContentLoaded", function () {
    var selects = document.querySelectorAll("select[data-autosubmit]");
    for (var i = 0; i < selects.length; i++) {
      selects[i].addEventListener("keydown", function (event) {
        event.target.setAttribute("data-keyboard", "1");
      });
      selects[i].addEventListener("blur", function (event) {
        event.target.removeAttribute("data-keyboard");
      });
      selects[i].addEventListener("change", function (event) {
        if (event.target.hasAttribute("data-keyboard")) return;
        var form = event.target.form;
        var a = form.elements.a.value, b = form.elements.b.value;
        if (a && b && a !== b) form.submit();
      });
    }
    var forms = document.querySelectorAll("form.search, form.filters");
    for (var j = 0; j < forms.length; j++) {
      forms[j].addEventListener("submit", function (event) {
        var fields = event.target.querySelectorAll("input[name], select[name]");
        for (var k = 0; k < fields.length; k++) {
          if (fields[k].value === "") fields[k].disabled = true;
        }
        // re-enabled after the browser read the form, for a page kept in the back cache
        setTimeout(function () {
          for (var k = 0; k < fields.length; k++) fields[k].disabled = false;
        }, 0);
      });
    }
    document.body.setAttribute("data-js", "ready");
    if (window.location.hash) flash(currentAnchor());
  });
  window.addEventListener("hashchange", function () { flash(currentAnchor()); });
})();
