// Progressive enhancement for the interview booking page: when the zone was only guessed from
// the applicant's nationality, show the times in the browser's own zone instead (one reload
// with ?zone=). Without JavaScript the select and "Show times" do the same.
(function () {
  var form = document.querySelector('form.zone-form[data-zone-source="nationality"]');
  if (!form || !window.Intl || !Intl.DateTimeFormat) return;
  var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var select = form.querySelector('select[name="zone"]');
  if (!zone || !select || select.value === zone) return;
  var known = false;
  for (var i = 0; i < select.options.length; i++)
    if (select.options[i].value === zone) known = true;
  if (!known) return;
  var url = new URL(window.location.href);
  url.searchParams.set('zone', zone);
  url.searchParams.delete('booked');
  window.location.replace(url.toString());
})();
