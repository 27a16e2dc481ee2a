// Wspólnie: a filter's own order. Tasklist 7.24 sorts a list by the "sorting" of its address (newest first when there
// is none) and keeps it from filter to filter, so the order a filter's query names is never used. A filter whose
// properties name a "sorting" (the meetings' schedule: nearest deadline first) gets it in the address when it is
// opened; leaving it for a filter without one goes back to Tasklist's order. Within the filter a person may still
// sort otherwise.

const ENGINE_API = window.location.pathname.replace(/\/app\/tasklist\/([^/]+)\/.*$/, '/api/engine/engine/$1');

let sortings = null;
let openFilter = null;

function loadSortings() {
  if (!sortings) {
    sortings = fetch(`${ENGINE_API}/filter?resourceType=Task`, {credentials: 'same-origin', headers: {Accept: 'application/json'}})
      .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
      .then((filters) => new Map(filters.filter((f) => f.properties && Array.isArray(f.properties.sorting))
        .map((f) => [f.id, JSON.stringify(f.properties.sorting)])))
      .catch(() => {
        sortings = null; // not logged in yet: asked again on the next change of the address
        return new Map();
      });
  }
  return sortings;
}

function applySorting() {
  const hash = window.location.hash;
  const query = hash.indexOf('?');
  if (query < 0) {
    return;
  }
  const params = new URLSearchParams(hash.substring(query + 1));
  const filter = params.get('filter');
  if (!filter || filter === openFilter) {
    return;
  }
  loadSortings().then((own) => {
    if (own.size === 0 && sortings === null) {
      return;
    }
    const left = openFilter;
    openFilter = filter;
    const wanted = own.get(filter) || (left && own.has(left) ? null : undefined);
    if (wanted === undefined) {
      return; // neither this filter nor the one left has an order of its own: the person's stays
    }
    if (wanted === null) {
      params.delete('sorting');
    } else if (params.get('sorting') !== wanted) {
      params.set('sorting', wanted);
    } else {
      return;
    }
    window.location.replace(`${hash.substring(0, query + 1)}${params.toString()}`);
  });
}

window.addEventListener('hashchange', applySorting);
applySorting();
