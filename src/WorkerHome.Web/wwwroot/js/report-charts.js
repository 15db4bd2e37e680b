// Draws the monthly report's charts with ECharts (SVG, so they print sharp) from the page's data attribute.
// The tables under each chart carry the same numbers for screen readers and for paper without colour.
(function () {
  'use strict';
  const dataBlock = document.getElementById('report-data');
  if (!dataBlock || typeof echarts === 'undefined') {
    return;
  }
  const data = JSON.parse(dataBlock.dataset.json);
  const palette = ['#c8161d', '#e6883c', '#3b7dd8', '#6aa84f'];
  const base = { color: palette, animation: false, textStyle: { fontFamily: 'inherit' }, grid: { left: 48, right: 16, top: 36, bottom: 56 } };

  function bars(labels, series) {
    return Object.assign({}, base, {
      legend: series.length > 1 ? { top: 0 } : undefined,
      xAxis: { type: 'category', data: labels, axisLabel: { interval: 0, rotate: labels.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map(s => ({ name: s.name, type: 'bar', data: s.values, label: { show: labels.length <= 8, position: 'top' } })),
    });
  }

  function lines(labels, series) {
    return Object.assign({}, base, {
      legend: { top: 0 },
      xAxis: { type: 'category', data: labels },
      yAxis: { type: 'value', minInterval: 1 },
      series: series.map(s => ({ name: s.name, type: 'line', data: s.values, symbolSize: 6 })),
    });
  }

  const options = {
    funnel: bars(data.funnel.labels, [{ name: '数量', values: data.funnel.values }]),
    trend: lines(data.trend.labels, data.trend.series),
    children: bars(data.children.labels, data.children.series),
  };
  const charts = [];
  document.querySelectorAll('[data-chart]').forEach(el => {
    const option = options[el.dataset.chart];
    if (option) {
      const chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(option);
      charts.push(chart);
    }
  });
  const resize = () => charts.forEach(c => c.resize());
  window.addEventListener('resize', resize);
  window.addEventListener('beforeprint', resize);
  window.addEventListener('afterprint', resize);
  document.querySelectorAll('[data-print]').forEach(b => b.addEventListener('click', () => window.print()));
})();
