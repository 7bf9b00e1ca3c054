// Progressive enhancement for call windows: adds the viewer's own time zone beside Beijing time
// and a countdown to each deadline. Pages say everything without it.
(function () {
  var lang = document.documentElement.lang === 'zh-CN' ? 'zh-CN' : 'en';
  var words =
    lang === 'zh-CN'
      ? { local: '您的时间：', left: '剩余 ', d: '天', h: '小时', m: '分钟', closed: '已截止' }
      : { local: 'Your time: ', left: '', d: ' d ', h: ' h ', m: ' min left', closed: 'closed' };
  // Note: performance. Not Intl.DateTimeFormat: the first Intl date format in a page loads ICU's
  // time-zone data, a 20–100 ms task on a phone-class CPU that Lighthouse counts as blocking
  // time (bench/README.md). Date's own getters give the viewer's local time at no cost; the zone
  // is named by its offset, as Beijing time is ("UTC+8").
  var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }
  function zone(d) {
    var offset = -d.getTimezoneOffset();
    var abs = Math.abs(offset);
    var minutes = abs % 60 ? ':' + pad(abs % 60) : '';
    return 'UTC' + (offset < 0 ? '-' : '+') + Math.floor(abs / 60) + minutes;
  }
  var fmt = {
    format: function (d) {
      var time = pad(d.getHours()) + ':' + pad(d.getMinutes()) + ' ' + zone(d);
      return lang === 'zh-CN'
        ? d.getFullYear() + '年' + (d.getMonth() + 1) + '月' + d.getDate() + '日 ' + time
        : d.getDate() + ' ' + months[d.getMonth()] + ' ' + d.getFullYear() + ', ' + time;
    },
  };
  var times = document.querySelectorAll('time[datetime]');
  var countdowns = [];
  for (var i = 0; i < times.length; i++) {
    var el = times[i];
    var at = new Date(el.getAttribute('datetime'));
    if (isNaN(at.getTime())) continue;
    var extra = document.createElement('span');
    extra.className = 'local-time';
    extra.textContent = ' (' + words.local + fmt.format(at) + ')';
    el.parentNode.insertBefore(extra, el.nextSibling);
    if (el.hasAttribute('data-countdown')) {
      var cd = document.createElement('span');
      cd.className = 'countdown';
      cd.setAttribute('aria-live', 'off');
      el.parentNode.insertBefore(cd, extra.nextSibling);
      countdowns.push({ el: cd, at: at });
    }
  }
  function tick() {
    var now = Date.now();
    for (var j = 0; j < countdowns.length; j++) {
      var ms = countdowns[j].at.getTime() - now;
      if (ms <= 0) {
        countdowns[j].el.textContent = ' · ' + words.closed;
        continue;
      }
      var mins = Math.floor(ms / 60000);
      var d = Math.floor(mins / 1440),
        h = Math.floor((mins % 1440) / 60),
        m = mins % 60;
      countdowns[j].el.textContent = ' · ' + words.left + d + words.d + h + words.h + m + words.m;
    }
  }
  if (countdowns.length) {
    tick();
    setInterval(tick, 30000);
  }
})();
