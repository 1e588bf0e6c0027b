// pith inspection page: sends the page to /v1/inspect and shows the result. Plain JS, no build step, no
// dependencies. Everything from the page under inspection is put in with textContent (never innerHTML), and the
// marked original goes into a sandboxed iframe that may not run scripts.
'use strict';

(function () {
  const $ = (selector) => document.querySelector(selector);
  const form = $('#inspect-form');
  const button = $('#inspect-button');
  const status = $('#status');
  const METADATA_FIELDS = ['title', 'authors', 'published', 'modified', 'site_name', 'url', 'language',
    'description', 'section', 'image'];

  function mode() {
    return form.querySelector('input[name=mode]:checked').value;
  }

  function showMode() {
    const current = mode();
    for (const panel of document.querySelectorAll('.mode-panel')) {
      panel.hidden = panel.dataset.mode !== current;
    }
    // the page URL and "read as" only make sense when the page itself is sent
    $('#page-url-label').hidden = current === 'url';
    $('#as-label').hidden = current === 'url';
  }

  function element(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  /** A cheap guess, overridable with "Read as": markup tags near the start mean HTML. */
  function looksLikeHtml(text) {
    return /<(!doctype|html|head|body|div|p|article|main|section|span|a|h[1-6]|table|ul|!--)[\s>\/]/i
      .test(text.slice(0, 4096));
  }

  function typeForFile(file, as) {
    if (as === 'html') return 'text/html';
    if (as === 'text') return 'text/plain';
    const name = file.name.toLowerCase().replace(/\.gz$/, '');
    if (/\.(txt|text|wet)$/.test(name)) return 'text/plain';
    if (/\.(html?|xhtml)$/.test(name)) return 'text/html';
    return ''; // let the server sniff
  }

  async function buildRequest() {
    const as = $('#as-select').value;
    const params = new URLSearchParams();
    const pageUrl = $('#page-url-input').value.trim();
    const current = mode();
    if (current === 'url') {
      const url = $('#url-input').value.trim();
      if (!url) throw new InputError('Give the address of the page to fetch.');
      params.set('url', url);
      return { method: 'GET', url: '/v1/inspect?' + params };
    }
    if (pageUrl) params.set('url', pageUrl);
    if (current === 'paste') {
      const text = $('#paste-input').value;
      if (!text.trim()) throw new InputError('Paste the HTML or text of a page first.');
      const html = as === 'html' || (as === 'auto' && looksLikeHtml(text));
      params.set('content_type', (html ? 'text/html' : 'text/plain') + '; charset=utf-8');
      return { method: 'POST', url: '/v1/inspect?' + params, body: text,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' } };
    }
    const file = $('#file-input').files[0];
    if (!file) throw new InputError('Choose a file first (or drop one on the form).');
    const type = typeForFile(file, as);
    if (type) params.set('content_type', type);
    // the raw bytes, whatever their charset: the server decodes them as it would a crawled page
    const body = await file.arrayBuffer();
    return { method: 'POST', url: '/v1/inspect?' + params, body: body,
      headers: { 'Content-Type': 'application/octet-stream' }, name: file.name };
  }

  class InputError extends Error {}

  function showError(code, message) {
    $('#result').hidden = true; // never leave an earlier page's result beside this error
    $('#error-code').textContent = code;
    $('#error-message').textContent = message;
    $('#error').hidden = false;
  }

  async function inspect(event) {
    event.preventDefault();
    $('#error').hidden = true;
    let request;
    try {
      request = await buildRequest();
    } catch (e) {
      if (e instanceof InputError) {
        showError('input', e.message);
        return;
      }
      throw e;
    }
    button.disabled = true;
    status.textContent = request.method === 'GET' ? 'Fetching and extracting…' : 'Extracting…';
    const started = performance.now();
    try {
      const response = await fetch(request.url, {
        method: request.method, body: request.body, headers: request.headers || {} });
      let data;
      try {
        data = await response.json();
      } catch (notJson) {
        data = { error: 'bad_response', message: 'the server answered HTTP ' + response.status + ' without JSON' };
      }
      const ms = Math.round(performance.now() - started);
      if (!response.ok) {
        status.textContent = 'HTTP ' + response.status + ' after ' + ms + ' ms';
        showError(data.error || 'error', data.message || 'HTTP ' + response.status);
        return;
      }
      render(data, ms);
      status.textContent = 'Done in ' + ms + ' ms.';
    } catch (e) {
      status.textContent = '';
      showError('network', 'The server could not be reached: ' + e.message);
    } finally {
      button.disabled = false;
    }
  }

  function render(data, ms) {
    const markedPage = data.marked_page || '';
    const shown = Object.assign({}, data);
    delete shown.marked_page;
    const meta = data.metadata || {};

    const title = meta.title && meta.title.value;
    const titleElement = $('#article-title');
    titleElement.textContent = title || 'No title found';
    titleElement.classList.toggle('missing', !title);

    renderSummary(data, ms);
    renderMetadata(meta);
    renderEncoding(data.encoding || { charset: '?', evidence: '?', repairs: [] });
    renderList('#diagnostics', data.diagnostics || [], (d) => element('li', null, d.message + ' (' + d.code + ')'));

    const blocks = data.blocks || [];
    $('#block-count').textContent = blocks.length;
    renderList('#blocks', blocks, (block) => {
      const li = element('li', 'block');
      li.dataset.type = block.type;
      const label = block.type === 'heading' ? 'heading h' + block.level : block.type;
      li.append(element('span', 'badge kept', label), element('div', 'text', block.text || block.caption || ''));
      return li;
    });

    const removals = data.removals || [];
    $('#removal-count').textContent = removals.length;
    renderList('#removals', removals, (r) => {
      const li = element('li', 'removal');
      li.dataset.reason = r.reason;
      li.title = 'removed, ' + r.reason + (r.detail ? ': ' + r.detail : '');
      li.append(element('span', 'badge removed', r.reason));
      if (r.detail) li.append(element('span', 'detail', r.detail + ' '));
      li.append(element('span', 'where', r.where));
      if (r.excerpt) li.append(element('span', 'excerpt', r.excerpt));
      return li;
    });

    $('#original').srcdoc = markedPage;
    $('#raw-json').textContent = JSON.stringify(shown, null, 2);
    $('#result').hidden = false;
  }

  function renderSummary(data, ms) {
    const summary = $('#summary');
    summary.replaceChildren();
    const figures = [
      [(data.blocks || []).length, 'blocks kept'],
      [(data.removals || []).length, 'removals'],
      [(data.text || '').length.toLocaleString(), 'characters of text'],
      [(data.encoding && data.encoding.charset) || '?', 'charset (' + ((data.encoding && data.encoding.evidence)
        || '?') + ')'],
      [ms + ' ms', 'round trip'],
    ];
    for (const [figure, label] of figures) {
      const item = element('div', 'item');
      item.append(element('span', 'figure', String(figure)), element('span', 'label', label));
      summary.append(item);
    }
  }

  function renderMetadata(meta) {
    const body = $('#metadata tbody');
    body.replaceChildren();
    for (const field of METADATA_FIELDS) {
      const values = field === 'authors' ? (meta.authors || []) : (meta[field] ? [meta[field]] : []);
      for (const v of values) {
        const tr = element('tr');
        tr.dataset.field = field;
        tr.append(element('td', 'field', field), element('td', 'value', v.value), element('td', 'source', v.source));
        body.append(tr);
      }
    }
    if (!body.children.length) {
      const tr = element('tr');
      const td = element('td', 'value', 'The page gave no metadata.');
      td.colSpan = 3;
      tr.append(td);
      body.append(tr);
    }
  }

  function renderEncoding(encoding) {
    $('#encoding').textContent = 'Decoded as ' + encoding.charset + ' (evidence: ' + encoding.evidence + ').';
    const repairs = encoding.repairs || [];
    $('#repairs').hidden = repairs.length === 0;
    renderList('#repair-steps', repairs, (step) => {
      const li = element('li', 'repair-step', step.action + ': ' + step.detail);
      li.title = 'characters ' + step.start + '–' + step.end + ' of the decoded text';
      return li;
    });
  }

  function renderList(selector, items, make) {
    const list = $(selector);
    list.replaceChildren(...items.map(make));
  }

  // ---- wiring ----
  for (const radio of form.querySelectorAll('input[name=mode]')) {
    radio.addEventListener('change', showMode);
  }
  form.addEventListener('submit', inspect);
  $('#paste-input').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.requestSubmit();
  });
  form.addEventListener('dragover', (e) => {
    e.preventDefault();
    form.classList.add('dragging');
  });
  form.addEventListener('dragleave', () => form.classList.remove('dragging'));
  form.addEventListener('drop', (e) => {
    e.preventDefault();
    form.classList.remove('dragging');
    if (e.dataTransfer.files.length) {
      $('#file-input').files = e.dataTransfer.files;
      form.querySelector('input[name=mode][value=file]').checked = true;
      showMode();
    }
  });
  showMode();
})();
