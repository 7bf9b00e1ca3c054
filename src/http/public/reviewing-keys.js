// Keyboard shortcuts of the review page: Alt+Shift+ArrowRight / ArrowLeft anywhere, or j / k
// when focus is not in a field, follow the "next" and "previous" links (which work without
// this script). The page's hint about them is shown only once they work.
(function () {
  var next = document.querySelector('a[data-shortcut="next"]');
  var previous = document.querySelector('a[data-shortcut="previous"]');
  var hint = document.getElementById('shortcuts-hint');
  if (hint) hint.hidden = false;
  function isTyping(el) {
    if (!el) return false;
    var tag = el.tagName;
    return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable;
  }
  function go(link) {
    if (!link) return false;
    // Leaving a field saves it (autosave listens for focusout) before the page changes.
    if (document.activeElement && document.activeElement.blur) document.activeElement.blur();
    window.location.href = link.href;
    return true;
  }
  document.addEventListener('keydown', function (e) {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey) return;
    var target = null;
    if (e.altKey && e.shiftKey && e.key === 'ArrowRight') target = next;
    else if (e.altKey && e.shiftKey && e.key === 'ArrowLeft') target = previous;
    else if (!e.altKey && !e.shiftKey && !isTyping(document.activeElement)) {
      if (e.key === 'j') target = next;
      else if (e.key === 'k') target = previous;
    }
    if (target && go(target)) e.preventDefault();
  });
})();
