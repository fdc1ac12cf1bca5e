// Draws the charts of a vmmig report from the specifications in #vmmig-charts (see HtmlRenderer), then
// marks the page: <body data-charts-rendered="N"> once Chart.js has drawn all N charts.
(function () {
  'use strict';
  var specs = JSON.parse(document.getElementById('vmmig-charts').textContent);
  var drawn = new Set();
  function done() {
    document.body.setAttribute('data-charts-rendered', String(drawn.size));
  }
  if (specs.length === 0) {
    done();
    return;
  }
  Chart.register({
    id: 'vmmigRendered',
    afterRender: function (chart) {
      if (!drawn.has(chart.id)) {
        drawn.add(chart.id);
        if (drawn.size === specs.length) {
          done();
        }
      }
    }
  });

  var BYTES = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];
  var RATES = ['B/s', 'KB/s', 'MB/s', 'GB/s', 'TB/s'];
  function format(unit, v) {
    if (v === null || v === undefined || !isFinite(v)) {
      return '';
    }
    var a = Math.abs(v), i = 0;
    switch (unit) {
      case 's':
        if (v === 0) { return '0 s'; }
        if (a < 1) { return Math.round(v * 1000) + ' ms'; }
        if (a < 600) { return +v.toFixed(2) + ' s'; }
        return +(v / 60).toFixed(1) + ' min';
      case 'B':
        while (a >= 1024 && i < BYTES.length - 1) { a /= 1024; v /= 1024; i++; }
        return +v.toFixed(i === 0 ? 0 : 2) + ' ' + BYTES[i];
      case 'B/s':
        while (a >= 1000 && i < RATES.length - 1) { a /= 1000; v /= 1000; i++; }
        return +v.toFixed(2) + ' ' + RATES[i];
      case '1':
        return +(v * 100).toFixed(1) + ' %';
      case '':
        return String(+v.toFixed(3));
      default:
        return +v.toFixed(3) + ' ' + unit;
    }
  }
  // Byte axes step in round numbers of KiB, MiB, GiB (5 GiB, not Chart.js's decimal 4.66 GiB).
  function byteStep(datasets) {
    var max = 0;
    datasets.forEach(function (d) {
      d.data.forEach(function (v) { if (typeof v === 'number' && v > max) { max = v; } });
    });
    if (!(max > 0)) { return undefined; }
    var unit = 1;
    while (max / unit >= 1024) { unit *= 1024; }
    var raw = max / unit / 6, power = Math.pow(10, Math.floor(Math.log10(raw))), m = raw / power;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * power * unit;
  }
  function axisTitle(text, unit) {
    return { display: true, text: unit ? text + ' [' + unit + ']' : text };
  }
  function tooltipLabel(unit) {
    return function (item) {
      var raw = item.raw;
      var value = Array.isArray(raw) ? format(unit, raw[0]) + ' – ' + format(unit, raw[1])
        : format(unit, raw !== null && typeof raw === 'object' ? raw.y : raw);
      return item.dataset.label + ': ' + value;
    };
  }

  function timeline(spec) {
    return {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (d) {
          return { label: d.label, data: d.data, backgroundColor: d.colour, grouped: false, borderSkipped: false };
        })
      },
      options: {
        indexAxis: 'y',
        scales: {
          x: { type: 'linear', beginAtZero: true, suggestedMax: spec.xMax, title: axisTitle(spec.xTitle, ''),
               ticks: { callback: function (v) { return format(spec.unit, v); } } },
          y: { ticks: { autoSkip: false } }
        },
        plugins: { tooltip: { callbacks: { label: tooltipLabel(spec.unit) } } }
      }
    };
  }

  function bars(spec) {
    return {
      type: 'bar',
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (d) {
          return { label: d.label, data: d.data, backgroundColor: d.colour };
        })
      },
      options: {
        scales: {
          x: { title: axisTitle(spec.xTitle, '') },
          y: { beginAtZero: true, title: axisTitle(spec.yTitle, ''),
               ticks: { callback: function (v) { return format(spec.unit, v); },
                        stepSize: spec.unit === 'B' ? byteStep(spec.datasets) : undefined } }
        },
        plugins: { tooltip: { callbacks: { label: tooltipLabel(spec.unit) } } }
      }
    };
  }

  // A time series: one y axis per unit (energy and active hosts, say), left then right.
  function lines(spec) {
    var scales = {
      x: { type: 'linear', title: axisTitle(spec.xTitle, ''),
           ticks: { callback: function (v) { return format(spec.unit, v); } } }
    };
    var axes = [];
    var datasets = spec.datasets.map(function (d) {
      var axis = 'y' + d.unit.replace(/[^A-Za-z0-9]/g, '_');
      if (axes.indexOf(axis) < 0) {
        axes.push(axis);
        scales[axis] = {
          type: 'linear', position: axes.length % 2 === 1 ? 'left' : 'right', beginAtZero: true,
          title: axisTitle(d.label, ''), grid: { drawOnChartArea: axes.length === 1 },
          ticks: { callback: function (v) { return format(d.unit, v); } }
        };
      }
      return { label: d.label, data: d.data, borderColor: d.colour, backgroundColor: d.colour, yAxisID: axis,
               pointRadius: d.data.length > 60 ? 0 : 2, tension: 0 };
    });
    return {
      type: 'line',
      data: { datasets: datasets },
      options: {
        scales: scales,
        plugins: { tooltip: { callbacks: { label: function (item) {
          return item.dataset.label + ': ' + format(spec.datasets[item.datasetIndex].unit, item.raw.y);
        } } } }
      }
    };
  }

  // Runs as points; the Pareto front emphasised and joined, left to right.
  function scatter(spec) {
    return {
      type: 'scatter',
      data: {
        datasets: spec.datasets.map(function (d) {
          return { label: d.label, data: d.data, backgroundColor: d.colour, borderColor: d.colour,
                   pointRadius: d.front ? 5 : 3, showLine: d.front, order: d.front ? 0 : 1 };
        })
      },
      options: {
        scales: {
          x: { type: 'linear', title: axisTitle(spec.xTitle, ''),
               ticks: { callback: function (v) { return format(spec.xUnit, v); } } },
          y: { type: 'linear', title: axisTitle(spec.yTitle, ''),
               ticks: { callback: function (v) { return format(spec.yUnit, v); } } }
        },
        plugins: { tooltip: { callbacks: { label: function (item) {
          return item.raw.label + ': ' + format(spec.xUnit, item.raw.x) + ', ' + format(spec.yUnit, item.raw.y);
        } } } }
      }
    };
  }

  // Percentile bands: a line per percentile over the configurations, the space between them shaded.
  function bands(spec) {
    return {
      type: 'line',
      data: {
        labels: spec.labels,
        datasets: spec.datasets.map(function (d, i) {
          return { label: d.label, data: d.data, borderColor: d.colour, backgroundColor: d.colour + '33',
                   fill: i === 0 ? false : '-1', tension: 0 };
        })
      },
      options: {
        scales: {
          x: { title: axisTitle(spec.xTitle, '') },
          y: { title: axisTitle('', ''), ticks: { callback: function (v) { return format(spec.unit, v); } } }
        },
        plugins: { tooltip: { callbacks: { label: tooltipLabel(spec.unit) } } }
      }
    };
  }

  var builders = { timeline: timeline, bars: bars, lines: lines, scatter: scatter, bands: bands };
  specs.forEach(function (spec) {
    var config = builders[spec.kind](spec);
    config.options.animation = false;
    config.options.responsive = true;
    config.options.maintainAspectRatio = false;
    new Chart(document.getElementById(spec.canvas), config);
  });
})();
