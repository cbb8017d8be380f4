/*
 * Broadsheet search, without a server: on every page it sends the header's search box to the search page, and on
 * the search page it answers queries from the index files beside that page (see docs/search.md).
 *
 * The index files are scripts that call BroadsheetSearch.load(name, data), loaded by adding a <script src>, because
 * a page opened from disk may load a script but not fetch a file. Nothing else is loaded and nothing is evaluated.
 * Words are folded and split exactly as io.broadsheet.search.Folding and Tokenizer do at build time.
 */
(function () {
  'use strict';

  var ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
  var DIGITS = {};
  for (var d = 0; d < ALPHABET.length; d++) DIGITS[ALPHABET.charAt(d)] = d;
  var PAGE_SIZE = 10;
  /** A word shorter than this matches only itself: its prefix would match too many words to load. */
  var MIN_PREFIX = 2;
  /** A prefix spanning more shards than this matches only the word itself, to keep what a query loads small. */
  var MAX_PREFIX_SHARDS = 3;
  /** A word the query only begins ranks a little below the word itself. */
  var PREFIX_DISCOUNT = 0.85;
  /** How many candidates a phrase query checks against stored text before giving up on more. */
  var PHRASE_CHECKS = 200;
  /** A snippet's length in characters, and how much of it comes before the first matched word. */
  var SNIPPET_LENGTH = 220;
  var SNIPPET_LEAD = 60;
  var EXTRA_FOLDS = { 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ł': 'l', 'ı': 'i', 'þ': 'th' };
  var UMLAUTS = { 'ä': 'ae', 'ö': 'oe', 'ü': 'ue', 'Ä': 'Ae', 'Ö': 'Oe', 'Ü': 'Ue' };
  var UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
  var WORD_CHAR = /[\p{L}\p{Nd}]/u;
  var DIGIT_START = /^\p{Nd}/u;

  function fold(text) {
    return text.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '')
      .replace(/[ßæœøđðłıþ]/g, function (c) { return EXTRA_FOLDS[c]; });
  }

  function words(text) {
    var out = [];
    var current = '';
    function end() {
      if (current && (Array.from(current).length > 1 || DIGIT_START.test(current))) out.push(current);
      current = '';
    }
    for (var ch of fold(text)) {
      if (UNSPACED.test(ch)) { end(); out.push(ch); }
      else if (WORD_CHAR.test(ch)) current += ch;
      else end();
    }
    end();
    return out;
  }

  var UNSPACED_CLASS = '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}]';
  /** A character of a script written without spaces, or a run of other letters, digits and marks. */
  var TOKEN_SOURCE = UNSPACED_CLASS + '\\p{M}*|(?:(?!' + UNSPACED_CLASS + ')[\\p{L}\\p{Nd}\\p{M}])+';

  function spellUmlauts(text) {
    return text.replace(/[äöüÄÖÜ]/g, function (c) { return UMLAUTS[c]; });
  }

  /**
   * The words of a text as words() gives them, each with where it is in the text and the forms it matches under:
   * German words are also indexed with umlauts spelled out (Müller as mueller), so they match so too.
   */
  function tokens(text) {
    var out = [];
    var pattern = new RegExp(TOKEN_SOURCE, 'gu');
    var match;
    while ((match = pattern.exec(text)) !== null) {
      var plain = words(match[0]);
      var spelled = words(spellUmlauts(match[0]));
      for (var i = 0; i < plain.length; i++) {
        var forms = spelled.length === plain.length && spelled[i] !== plain[i] ? [plain[i], spelled[i]] : [plain[i]];
        out.push({ forms: forms, start: match.index, end: match.index + match[0].length });
      }
    }
    return out;
  }

  /** Whether a word of the text is one the query looks for: the word itself, or one it begins unless quoted. */
  function matchesTerm(token, terms) {
    return token.forms.some(function (w) {
      return terms.some(function (t) { return t.exact ? w === t.word : w.startsWith(t.word); });
    });
  }

  /** Where the phrase's words are in a row in the tokens, or -1. */
  function phraseAt(list, phrase) {
    outer: for (var i = 0; i + phrase.length <= list.length; i++) {
      for (var j = 0; j < phrase.length; j++) if (list[i + j].forms.indexOf(phrase[j]) < 0) continue outer;
      return i;
    }
    return -1;
  }

  /**
   * A piece of an article's text, folded and split into words only when needed: most paragraphs are passed over by
   * a quick look for the query's words in the folded text, which is what keeps long texts cheap to check.
   */
  function Passage(text) {
    this.text = text;
    this.foldedText = null;
    this.tokenList = null;
  }
  Passage.prototype.folded = function () {
    if (this.foldedText === null) this.foldedText = fold(this.text) + ' ' + fold(spellUmlauts(this.text));
    return this.foldedText;
  };
  Passage.prototype.tokens = function () {
    if (this.tokenList === null) this.tokenList = tokens(this.text);
    return this.tokenList;
  };
  /** Whether the passage may hold every one (or, if any is set, any one) of the words: a superset, never fewer. */
  Passage.prototype.mayHold = function (list, any) {
    var folded = this.folded();
    var found = function (w) { return folded.indexOf(w) >= 0; };
    return any ? list.some(found) : list.every(found);
  };
  Passage.prototype.phraseAt = function (phrase) {
    return this.mayHold(phrase, false) ? phraseAt(this.tokens(), phrase) : -1;
  };

  /** The passages of an article a phrase may be in: its title, its summary and each paragraph of its text. */
  function passages(doc, text) {
    return [new Passage(doc[1]), new Passage(doc[2])].concat((text || []).map(function (p) { return new Passage(p); }));
  }

  /** Whether every phrase is in one of the passages (one paragraph at a time: a phrase never runs into the next). */
  function holdsPhrases(all, phrases) {
    return phrases.every(function (phrase) {
      return all.some(function (passage) { return passage.phraseAt(phrase) >= 0; });
    });
  }

  /**
   * The snippet of an article: the passage of its text around the first phrase, or else around the first word the
   * query looks for; its summary when its text has none.
   */
  function snippetOf(doc, text, parsed) {
    var paragraphs = (text || []).map(function (p) { return new Passage(p); });
    var termWords = parsed.terms.map(function (t) { return t.word; });
    for (var i = 0; i < paragraphs.length; i++) {
      var at = parsed.phrases.length ? paragraphs[i].phraseAt(parsed.phrases[0]) : -1;
      if (at < 0 && paragraphs[i].mayHold(termWords, true)) {
        var list = paragraphs[i].tokens();
        for (var k = 0; k < list.length && at < 0; k++) if (matchesTerm(list[k], parsed.terms)) at = k;
      }
      if (at >= 0) return passage(paragraphs[i].text, paragraphs[i].tokens()[at].start);
    }
    return doc[2];
  }

  /** About SNIPPET_LENGTH characters of the paragraph around the offset, cut at spaces, with ellipses where cut. */
  function passage(text, offset) {
    var start = Math.max(0, offset - SNIPPET_LEAD);
    if (start > 0) {
      var space = text.indexOf(' ', start);
      start = space >= 0 && space < offset ? space + 1 : offset;
    }
    var end = Math.min(text.length, start + SNIPPET_LENGTH);
    if (end < text.length) {
      var last = text.lastIndexOf(' ', end);
      if (last > offset) end = last;
    }
    return (start > 0 ? '…' : '') + text.slice(start, end).trim() + (end < text.length ? '…' : '');
  }

  /** Numbers written by io.broadsheet.search.Base32Varint. */
  function numbers(text) {
    var out = [];
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGITS[text.charAt(i)];
      value = value * 32 + (digit & 31);
      if (digit < 32) { out.push(value); value = 0; }
    }
    return out;
  }

  /* Every page: the header's search box goes to the search page by its relative action, which works from disk. */
  function sendBox(form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var q = form.elements.q.value.trim();
      window.location.href = form.action.split('?')[0] + (q ? '?q=' + encodeURIComponent(q) : '');
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('form.site-search'), sendBox);
    document.addEventListener('keydown', function (event) {
      var target = event.target;
      var typing = target && (target.tagName === 'INPUT' || target.tagName === 'SELECT' ||
        target.tagName === 'TEXTAREA' || target.isContentEditable);
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        var box = document.getElementById('search-q') || document.getElementById('site-search-q');
        if (box) { event.preventDefault(); box.focus(); box.select(); }
      }
    });
    var form = document.getElementById('search-form');
    if (form) new SearchPage(form).start();
  }

  /* The index files, each loaded once on demand. */
  var slots = {};
  var base = '';
  function slot(name) {
    if (!slots[name]) {
      var s = {};
      s.promise = new Promise(function (resolve, reject) { s.resolve = resolve; s.reject = reject; });
      slots[name] = s;
    }
    return slots[name];
  }
  function need(name) {
    var s = slot(name);
    if (!s.requested) {
      s.requested = true;
      var script = document.createElement('script');
      script.src = base + name + '.js';
      script.onerror = function () { s.reject(new Error('The search index file ' + name + '.js is missing.')); };
      document.head.appendChild(script);
    }
    return s.promise;
  }
  window.BroadsheetSearch = Object.freeze({
    load: function (name, data) { slot(String(name)).resolve(data); }
  });

  /** Splits a query into words to find, phrases (their words in order) and words to leave out. */
  function parseQuery(query) {
    var parsed = { terms: [], phrases: [], excluded: [] };
    var pattern = /"([^"]*)"?|(\S+)/g;
    var match;
    while ((match = pattern.exec(query)) !== null) {
      if (match[1] !== undefined) {
        var phrase = words(match[1]);
        phrase.forEach(function (w) { parsed.terms.push({ word: w, exact: true }); });
        if (phrase.length > 1) parsed.phrases.push(phrase);
      } else if (match[2].charAt(0) === '-' && match[2].length > 1) {
        words(match[2].slice(1)).forEach(function (w) { parsed.excluded.push(w); });
      } else {
        words(match[2]).forEach(function (w) { parsed.terms.push({ word: w, exact: false }); });
      }
    }
    return parsed;
  }

  function SearchPage(form) {
    this.form = form;
    this.input = form.elements.q;
    this.year = form.elements.year;
    this.publisher = form.elements.publisher;
    this.status = document.getElementById('search-status');
    this.list = document.getElementById('search-results');
    this.more = document.getElementById('search-more');
    this.root = form.getAttribute('data-root') || '';
    this.run = 0;
    base = this.root + 'search/';
  }

  SearchPage.prototype.start = function () {
    var page = this;
    var params = new URLSearchParams(window.location.search);
    page.input.value = params.get('q') || '';
    page.say('Loading the index…');
    need('meta').then(function (meta) {
      page.meta = meta;
      meta.years.forEach(function (y) { page.option(page.year, String(y)); });
      meta.publishers.forEach(function (p) { page.option(page.publisher, p); });
      page.year.value = params.get('year') || '';
      page.publisher.value = params.get('publisher') || '';
      page.search();
    }, function (error) { page.say(error.message); });
    var timer = 0;
    page.input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { page.search(); }, 50);
    });
    page.year.addEventListener('change', function () { page.search(); });
    page.publisher.addEventListener('change', function () { page.search(); });
    page.form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearTimeout(timer);
      page.search();
    });
    page.more.addEventListener('click', function () { page.showMore(true); });
    page.input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') {
        var first = page.list.querySelector('a');
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
    page.list.addEventListener('keydown', function (event) {
      var links = Array.prototype.slice.call(page.list.querySelectorAll('h2 a'));
      var at = links.indexOf(document.activeElement);
      if (at < 0) return;
      if (event.key === 'ArrowDown' && at + 1 < links.length) { event.preventDefault(); links[at + 1].focus(); }
      else if (event.key === 'ArrowDown' && !page.more.hidden) { event.preventDefault(); page.more.focus(); }
      else if (event.key === 'ArrowUp') { event.preventDefault(); (at > 0 ? links[at - 1] : page.input).focus(); }
      else if (event.key === 'Escape') { event.preventDefault(); page.input.focus(); }
    });
    if (!page.input.value) page.input.focus();
  };

  SearchPage.prototype.option = function (select, value) {
    var option = document.createElement('option');
    option.value = value;
    option.textContent = value;
    select.appendChild(option);
  };

  SearchPage.prototype.say = function (text) {
    this.status.textContent = text;
  };

  SearchPage.prototype.keepInAddress = function () {
    var params = new URLSearchParams();
    var q = this.input.value.trim();
    if (q) params.set('q', q);
    if (this.year.value) params.set('year', this.year.value);
    if (this.publisher.value) params.set('publisher', this.publisher.value);
    var search = params.toString();
    try {
      window.history.replaceState(null, '', search ? '?' + search : window.location.pathname);
    } catch (e) {
      // Some browsers refuse to change the address of a page opened from disk; the results are still shown.
    }
  };

  SearchPage.prototype.search = function () {
    var page = this;
    var run = ++page.run;
    page.keepInAddress();
    var query = page.input.value;
    var parsed = parseQuery(query);
    page.list.textContent = '';
    page.more.hidden = true;
    if (parsed.terms.length === 0) {
      page.say(parsed.excluded.length ? 'Add a word to look for: a minus only leaves words out.'
        : 'Type a word to search the archive.');
      return Promise.resolve();
    }
    page.say('Searching…');
    var lookups = parsed.terms.map(function (t) { return page.lookup(t.word, t.exact); });
    var exclusions = parsed.excluded.map(function (w) { return page.lookup(w, false); });
    var filters = [];
    if (page.year.value) filters.push(page.filter('f/y' + page.year.value));
    var publisher = page.meta.publishers.indexOf(page.publisher.value);
    if (page.publisher.value && publisher >= 0) filters.push(page.filter('f/p' + publisher));
    return Promise.all([Promise.all(lookups), Promise.all(exclusions), Promise.all(filters)]).then(function (found) {
      if (run !== page.run) return;
      var sets = found[0].slice().sort(function (a, b) { return a.size - b.size; });
      var scores = new Map(sets[0]);
      for (var i = 1; i < sets.length; i++) {
        scores.forEach(function (score, doc) {
          var other = sets[i].get(doc);
          if (other === undefined) scores.delete(doc); else scores.set(doc, score + other);
        });
      }
      found[1].forEach(function (set) { set.forEach(function (_, doc) { scores.delete(doc); }); });
      found[2].forEach(function (set) { scores.forEach(function (_, doc) { if (!set.has(doc)) scores.delete(doc); }); });
      var ranked = Array.from(scores.keys()).sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
      page.results = { parsed: parsed, ranked: ranked, next: 0, shown: 0, checked: 0, fallback: false, snippets: [] };
      return page.showMore(false);
    }).catch(function (error) {
      if (run === page.run) page.say(error.message);
    });
  };

  /** The index of the first pair in a list sorted by its words whose word is not below the given one. */
  function lowerBound(pairs, word) {
    var low = 0, high = pairs.length;
    while (low < high) {
      var mid = (low + high) >> 1;
      if (pairs[mid][0] < word) low = mid + 1; else high = mid;
    }
    return low;
  }

  /**
   * The files a word (or, unless exact, every word it begins) is in: the shard whose range holds it and those after
   * it that start with it, and the files of words with many postings, which stand alone; and whether those files
   * are looked through for the words the query begins (not when there would be too many of them).
   */
  function filesFor(meta, word, prefix) {
    var shards = meta.shards, alone = meta.alone;
    var names = [];
    var at = lowerBound(shards, word);
    if (!(at < shards.length && shards[at][0] === word)) at--;
    var own = lowerBound(alone, word);
    var isAlone = own < alone.length && alone[own][0] === word;
    if (!prefix) return { names: isAlone ? [alone[own][1]] : at >= 0 ? [shards[at][1]] : [], prefix: false };
    if (at >= 0) names.push(shards[at][1]);
    for (var j = at + 1; j < shards.length && shards[j][0].startsWith(word); j++) names.push(shards[j][1]);
    for (var k = own; k < alone.length && alone[k][0].startsWith(word); k++) names.push(alone[k][1]);
    return names.length > MAX_PREFIX_SHARDS ? filesFor(meta, word, false) : { names: names, prefix: true };
  }

  /**
   * Articles holding a word (or, unless exact, a word it begins), with their scores: BM25, whose per-article part
   * the index stores and whose idf comes from the count of the word's postings.
   */
  SearchPage.prototype.lookup = function (word, exact) {
    var meta = this.meta;
    var files = filesFor(meta, word, !exact && Array.from(word).length >= MIN_PREFIX);
    var prefix = files.prefix;
    var articles = meta.articles;
    var scale = meta.scoreScale;
    return Promise.all(files.names.map(need)).then(function (loaded) {
      var scores = new Map();
      loaded.forEach(function (shard) {
        Object.keys(shard).forEach(function (term) {
          var weight = term === word ? 1 : prefix && term.startsWith(word) ? PREFIX_DISCOUNT : 0;
          if (!weight) return;
          var list = numbers(shard[term]);
          var postings = list.length / 2;
          var idf = Math.log(1 + (articles - postings + 0.5) / (postings + 0.5));
          var doc = -1;
          for (var k = 0; k < list.length; k += 2) {
            doc += list[k] + 1;
            var score = weight * idf * list[k + 1] / scale;
            if (!(scores.get(doc) >= score)) scores.set(doc, score);
          }
        });
      });
      return scores;
    });
  };

  SearchPage.prototype.filter = function (name) {
    return need(name).then(function (gaps) {
      var set = new Set();
      var doc = -1;
      numbers(gaps).forEach(function (gap) { doc += gap + 1; set.add(doc); });
      return set;
    });
  };

  /** The stored rows of the articles (null for a number no article has). */
  SearchPage.prototype.documents = function (numbers) {
    var per = this.meta.documentsPerShard;
    return Promise.all(numbers.map(function (n) {
      return need('d/' + Math.floor(n / per)).then(function (rows) { return rows[n % per] || null; });
    }));
  };

  /** An article's text, as a list of paragraphs; null if its file is missing, so that it shows its summary. */
  function textOf(doc) {
    return need('x/' + doc[0]).catch(function () { return null; });
  }

  /** Shows the next page of results; phrases are checked against each article's title, summary and text. */
  SearchPage.prototype.showMore = function (focus) {
    var page = this;
    var results = page.results;
    var run = page.run;
    var wanted = results.shown + PAGE_SIZE;
    var phrases = results.parsed.phrases;
    function step() {
      if (run !== page.run) return Promise.resolve();
      if (results.shown >= wanted || results.next >= results.ranked.length) return Promise.resolve();
      var batch = results.ranked.slice(results.next, results.next + (wanted - results.shown));
      results.next += batch.length;
      return page.documents(batch).then(function (docs) {
        if (run !== page.run) return;
        docs = docs.filter(Boolean);
        if (phrases.length && !results.fallback) {
          // Only an article's text tells whether it holds the phrase, so it is shown once that is in.
          return Promise.all(docs.map(textOf)).then(function (texts) {
            if (run !== page.run) return;
            docs.forEach(function (doc, i) {
              results.checked++;
              if (!holdsPhrases(passages(doc, texts[i]), phrases)) return;
              show(page.item(doc, snippetOf(doc, texts[i], results.parsed), results.parsed));
            });
            if (results.checked >= PHRASE_CHECKS) return;
            return step();
          });
        }
        // Shown at once with its summary, which the passage around its matched words replaces when its text is in.
        docs.forEach(function (doc) {
          var item = page.item(doc, doc[2], results.parsed);
          show(item);
          results.snippets.push(textOf(doc).then(function (text) {
            if (run === page.run) page.snippet(item, snippetOf(doc, text, results.parsed), results.parsed);
          }));
        });
        return step();
      });
    }
    function show(item) {
      page.list.appendChild(item);
      results.shown++;
      if (focus) { item.querySelector('a').focus(); focus = false; }
    }
    // The status line is written last, when every snippet is in: it tells that the page is done.
    var done = step().then(function () { return Promise.all(results.snippets); });
    return done.then(function () {
      if (run !== page.run) return;
      if (results.shown === 0 && phrases.length && !results.fallback && results.ranked.length) {
        // No article checked holds the phrase: show the articles that hold all of its words instead.
        results.fallback = true;
        results.next = 0;
        return page.showMore(focus).then(function () {
          if (run === page.run) {
            page.say('No article has that exact phrase; these articles have all its words. '
              + page.status.textContent);
          }
        });
      }
      var more = results.next < results.ranked.length &&
        !(phrases.length && !results.fallback && results.checked >= PHRASE_CHECKS);
      page.more.hidden = !more;
      // A phrase query knows only how many it has checked so far.
      var checking = phrases.length && !results.fallback;
      var total = checking ? results.shown : results.ranked.length;
      page.say(results.shown === 0 ? 'No articles match “' + page.input.value.trim() + '”.'
        : total + (checking && more ? ' or more' : '') + (total === 1 && !(checking && more) ? ' article matches'
          : ' articles match') + ', best first.');
    });
  };

  /** One result: its title linked, publisher and year, and its snippet, with the query's words marked. */
  SearchPage.prototype.item = function (doc, snippet, parsed) {
    var li = document.createElement('li');
    li.className = 'h-entry search-result';
    if (doc[5]) li.lang = doc[5];
    var h2 = document.createElement('h2');
    h2.className = 'entry-title';
    var a = document.createElement('a');
    a.className = 'p-name u-url';
    a.href = this.root + 'articles/' + doc[0] + '/index.html';
    mark(a, doc[1], parsed);
    h2.appendChild(a);
    li.appendChild(h2);
    var meta = [];
    if (doc[3] >= 0) meta.push(this.meta.publishers[doc[3]]);
    if (doc[4]) meta.push(String(doc[4]));
    if (meta.length) {
      var p = document.createElement('p');
      p.className = 'entry-meta';
      p.textContent = meta.join(' · ');
      li.appendChild(p);
    }
    var summary = document.createElement('p');
    summary.className = 'p-summary';
    mark(summary, snippet, parsed);
    li.appendChild(summary);
    return li;
  };

  SearchPage.prototype.snippet = function (item, snippet, parsed) {
    var summary = item.querySelector('.p-summary');
    summary.textContent = '';
    mark(summary, snippet, parsed);
  };

  /** Appends the text to the element with each word the query matches in a <mark>, as text nodes only. */
  function mark(element, text, parsed) {
    var last = 0;
    tokens(text).forEach(function (token) {
      if (token.start < last || !matchesTerm(token, parsed.terms)) return;
      element.appendChild(document.createTextNode(text.slice(last, token.start)));
      var m = document.createElement('mark');
      m.textContent = text.slice(token.start, token.end);
      element.appendChild(m);
      last = token.end;
    });
    element.appendChild(document.createTextNode(text.slice(last)));
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
