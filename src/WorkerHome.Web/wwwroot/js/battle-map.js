// The battle map's Leaflet map, driven from the console page by JS interop. Leaflet is loaded on first use
// (the console does not need it elsewhere). Markers are circles drawn as vectors, so they show without tiles
// and without Leaflet's marker images.
let leafletLoading;

function loadLeaflet() {
  if (window.L) {
    return Promise.resolve(window.L);
  }
  leafletLoading ??= new Promise((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = '/lib/leaflet/leaflet.css';
    document.head.appendChild(css);
    const script = document.createElement('script');
    script.src = '/lib/leaflet/leaflet.js';
    script.onload = () => resolve(window.L);
    script.onerror = () => reject(new Error('Leaflet could not be loaded'));
    document.head.appendChild(script);
  });
  return leafletLoading;
}

const maps = new Map();

function popupFor(point) {
  const box = document.createElement('div');
  const name = document.createElement('strong');
  name.textContent = point.name;
  const state = document.createElement('div');
  state.textContent = `${point.kindName} · ${point.stateName} · ${point.county}`;
  box.append(name, state);
  if (point.late > 0) {
    const late = document.createElement('div');
    late.style.color = '#c62828';
    late.textContent = `逾期 ${point.late} 个节点`;
    box.append(late);
  }
  const link = document.createElement('a');
  link.href = point.link;
  link.textContent = point.kind === 'project' ? '查看项目' : '查看阵地';
  box.append(link);
  return box;
}

export async function render(element, options, points) {
  const L = await loadLeaflet();
  let state = maps.get(element);
  if (!state) {
    const map = L.map(element, { attributionControl: Boolean(options.tileUrl) });
    if (options.tileUrl) {
      L.tileLayer(options.tileUrl, { attribution: options.tileAttribution, maxZoom: 18 }).addTo(map);
    }
    state = { map, layer: L.layerGroup().addTo(map) };
    maps.set(element, state);
  }
  state.layer.clearLayers();
  const bounds = [];
  for (const point of points) {
    const marker = L.circleMarker([point.lat, point.lng], {
      radius: point.kind === 'project' ? 9 : 6,
      color: point.late > 0 ? '#c62828' : '#ffffff',
      weight: point.late > 0 ? 3 : 1.5,
      fillColor: point.color,
      fillOpacity: 0.95,
    });
    marker.bindPopup(popupFor(point));
    marker.bindTooltip(point.name);
    marker.addTo(state.layer);
    bounds.push([point.lat, point.lng]);
  }
  if (bounds.length > 0) {
    state.map.fitBounds(bounds, { padding: [32, 32], maxZoom: 14 });
  } else {
    state.map.setView([29.55, 103.77], 9);
  }
}

export function dispose(element) {
  const state = maps.get(element);
  if (state) {
    state.map.remove();
    maps.delete(element);
  }
}
