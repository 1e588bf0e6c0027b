#!/usr/bin/env python3
"""Writes news-page.html, the page the load benchmark sends: a news article of about 1,300 words inside the
weight of a real news page (inline CSS and state JSON, a mega-menu, teasers, comments, a link-heavy footer), about
80 KB. Deterministic (fixed seed). Written for pith; no text is taken from any site."""
import json
import random

random.seed(6)
WORDS = ("harbour council ferry estuary tide engine volunteers bridge market winter summer library school road "
         "timetable passengers budget report river crossing station pier shipyard trust grant committee county "
         "village town evening morning weekend season service crew boat steam coal timber granite quay lock "
         "sluice turbine power grid museum archive record vote plan survey residents visitors cyclists walkers").split()

def sentence(n):
    w = [random.choice(WORDS) for _ in range(n)]
    return (" ".join(w)).capitalize() + random.choice([".", ".", ".", ";", ","]).replace(";", ".").replace(",", ".")

def paragraph():
    return " ".join(sentence(random.randint(9, 22)) for _ in range(random.randint(3, 6)))

links = lambda n, prefix: "\n".join(
    f'<li><a href="/{prefix}/{i}-{random.choice(WORDS)}-{random.choice(WORDS)}">{sentence(random.randint(3, 7))[:-1]}</a></li>'
    for i in range(n))

state = {"user": None, "flags": {f"exp_{i}": random.random() < .5 for i in range(200)},
         "teasers": [{"id": i, "title": sentence(8), "url": f"/news/{i}"} for i in range(120)]}
css = "\n".join(f".c{i} {{ margin: {i % 7}px; padding: {i % 5}px; color: #{i * 2654435761 % 0xffffff:06x}; }}"
                for i in range(400))
body = []
for i in range(14):
    if i in (4, 9):
        body.append(f"<h2>{sentence(6)[:-1]}</h2>")
    body.append(f"<p>{paragraph()}</p>")
    if i == 6:
        body.append(f"<blockquote><p>“{paragraph()}”</p></blockquote>")
    if i == 11:
        body.append("<ul>" + "".join(f"<li>{sentence(10)}</li>" for _ in range(5)) + "</ul>")

page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{sentence(9)[:-1]} | The Lowmoor Courier</title>
<meta name="description" content="{sentence(20)}">
<meta property="og:site_name" content="The Lowmoor Courier">
<script type="application/ld+json">{json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
  "headline": "Estuary ferry timetable published", "datePublished": "2025-04-02T06:15:00+01:00",
  "author": {"@type": "Person", "name": "Idris Fenwick"}})}</script>
<style>{css}</style>
<script>window.__STATE__ = {json.dumps(state)};</script>
<script async src="/static/analytics.js"></script>
</head>
<body>
<div class="cookie-banner" id="consent"><p>{paragraph()}</p><button>Accept all</button></div>
<header class="site-header"><a href="/" class="logo">The Lowmoor Courier</a>
<nav class="mega-menu"><ul>{links(150, "section")}</ul></nav></header>
<nav class="breadcrumbs"><a href="/">Home</a> › <a href="/news">News</a></nav>
<main><div class="layout">
<article class="story">
<h1>Estuary ferry timetable published</h1>
<p class="byline">By <a href="/authors/idris-fenwick">Idris Fenwick</a></p>
<time datetime="2025-04-02T06:15:00+01:00">2 April 2025</time>
<div class="share"><a href="/share/1">Share</a> <a href="/share/2">Post</a> <a href="/share/3">Email</a></div>
{chr(10).join(body)}
<section class="related"><h3>More from the Courier</h3><ul>{links(40, "news")}</ul></section>
<section class="comments"><h3>Comments</h3>
{"".join(f'<div class="comment"><p class="who">reader{i}</p><p>{sentence(18)}</p></div>' for i in range(20))}
</section>
</article>
<aside class="sidebar"><h3>Most read</h3><ol>{links(10, "popular")}</ol><div class="ad">Advertisement</div></aside>
</div></main>
<footer class="site-footer"><ul>{links(80, "about")}</ul><p>© 2025 The Lowmoor Courier</p></footer>
<script>{"var x" + "=1;" * 2000}</script>
</body>
</html>
"""
with open("news-page.html", "w", encoding="utf-8") as f:
    f.write(page)
print(f"news-page.html: {len(page.encode('utf-8'))} bytes")
