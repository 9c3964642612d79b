"""Synthetic flattened news pages: a Wikinews article body wrapped in varied, realistic boilerplate, as a
naive scraper would leave it (one block a line). All boilerplate text here is written for Accord; the only
borrowed text is Wikinews (CC BY 2.5): the article itself and, as teasers, the headlines and opening
sentences of *other* Wikinews articles.

``page(articles, i, rng)`` -> (flattened text, gold article text, headline). Deterministic for a given
``random.Random``. Used by bench/flattened_heldout.py (held-out scoring) and for development of
accord.clean.text on the dev half.
"""
from __future__ import annotations

import random
import re

NAV = ["Home", "News", "World", "Politics", "Business", "Markets", "Tech", "Science", "Health", "Sport",
       "Entertainment", "Opinion", "Lifestyle", "Travel", "Video", "Podcasts", "Weather", "Local", "Education",
       "Crime", "Sign in", "Subscribe", "Log in", "Menu", "Search", "Newsletters", "Edition: UK", "Live TV",
       "Climate", "US & Canada", "Middle East", "Asia Pacific", "Africa", "Europe", "More", "Latest",
       "Culture", "Food & Drink", "Real Estate", "Personal Finance", "Cars", "Obituaries", "Puzzles",
       "Crosswords", "Photography", "In Pictures", "Fact Check", "Investigations", "The Big Read", "Jobs"]
ICONS = ["Facebook", "Twitter", "WhatsApp", "Email", "Print", "LinkedIn", "Reddit", "Share", "Tweet", "Copy link",
         "Pinterest", "Messenger", "Comments", "Save", "Gift this article", "Share this article", "Share on Facebook",
         "Share on X", "Listen to this article", "Save for later"]
COUNTERS = ["3K", "1.2K", "0", "12", "45 shares", "7 comments", "218", "2.4K shares", "96", "1 comment"]
COOKIE = [
    "We use cookies to improve your experience on our site. By continuing to browse you agree to our use of cookies.",
    "This website uses cookies to ensure you get the best experience. Learn more",
    "Accept all cookies", "Manage preferences", "Reject non-essential cookies",
    "We and our partners store and access information on your device to personalise ads and content, measure "
    "their performance and develop our services. You can change your choices at any time in the privacy settings.",
]
PROMPTS = [
    "Sign up for our daily newsletter and get the top stories delivered to your inbox.",
    "Get the latest news in your inbox every morning. Enter your email address",
    "Subscribe now for just $1 a week.", "Already a subscriber? Log in",
    "Please enable JavaScript to view the comments powered by Disqus.",
    "You have reached your limit of free articles this month.", "Thank you for subscribing!",
    "By signing up, you agree to our Terms of Use and Privacy Policy.",
    "Support independent journalism. Donate today.",
    "Our journalism depends on readers like you. If you value what we do, please consider making a contribution.",
    "Want more stories like this? Join thousands of readers who start their day with our morning briefing.",
    "Download our app to get breaking news alerts on your phone.",
]
INLINE = ["Advertisement", "Story continues below advertisement", "ADVERTISEMENT", "Sponsored content",
          "Article continues after this advertisement", "Continue reading the main story",
          "Photo: Reuters", "Image caption", "Getty Images", "Watch: the moment it happened", "Listen now:"]
READ_MORE = ["Read more: {h}", "RELATED: {h}", "Read also: {h}", "See also: {h}", "MORE: {h}", "Also read: {h}",
             "Don't miss: {h}", "{h}"]
SECTIONS = ["Related stories", "More from Example", "Recommended for you", "Most read", "You may also like",
            "Trending now", "Latest news", "More on this story", "Top stories", "Editor's picks", "Popular now",
            "Around the web", "What to read next"]
FOOT = ["About us", "Contact us", "Privacy Policy", "Terms of Service", "Cookie Policy", "Careers",
        "Advertise with us", "Accessibility", "Sitemap", "RSS feeds", "Help", "Corrections",
        "Do not sell my personal information", "Site map", "Ethics policy", "Work for us", "Our team",
        "Complaints", "Syndication", "Archive", "Contact the newsroom", "Licensing"]
COPY = ["© 2023 The Daily Example. All rights reserved.", "Copyright © 2019 Example Media Group Ltd.",
        "All content copyright Example Newspapers Inc. 2021", "(c) 2020 Example News Corp",
        "This material may not be published, broadcast, rewritten or redistributed.",
        "Example News is a registered trademark of Example Holdings."]
DISCLAIMERS = [
    "The views and opinions expressed in this article are those of the author and do not necessarily reflect the "
    "official policy or position of Example Media. Any content provided by our bloggers or authors is of their "
    "opinion and is not intended to malign any religion, ethnic group, club, organisation, company or individual.",
    "Example News is committed to accuracy. If you believe a story contains an error, please write to our "
    "corrections desk and we will review it within two working days, in line with our editorial standards.",
    "Information on this site is provided for general purposes only and is not investment advice. Prices shown "
    "are indicative and may be delayed; always consult a qualified adviser before making financial decisions.",
]
BIOS = ["{n} is a senior reporter at The Daily Example covering politics and foreign affairs.",
        "{n} is a freelance journalist based in Berlin. Follow her on Twitter @{h}.",
        "About the author: {n} has written about energy markets for more than a decade.",
        "{n} is the Example's Washington correspondent. Contact him at {h}@example.com.",
        "{n} covers health and science for Example News. Previously she worked at the Herald."]
NAMES = ["Jane Doe", "John Smith", "Maria Garcia", "Ahmed Khan", "Li Wei", "Olga Petrova", "Tom Baker",
         "Priya Nair", "Kwame Mensah", "Sofia Rossi"]
MARKET = ["Market report", "Dow 26,346.01 +0.57%", "S&P 500 2,989.69 +0.23%", "Nasdaq 8,109.09 -0.12%",
          "FTSE 100 7,120.41 +12.33", "Gold $1,498.30 -0.4%", "Oil 56.23 +1.1%", "EUR/USD 1.1045",
          "Markets data delayed by at least 15 minutes"]
TAGS = ["Politics", "Brazil", "Elections", "Europe", "Health", "Science", "Space", "Music", "Economy", "Courts",
        "Transport", "Energy", "Climate", "Sport", "Technology", "Asia"]
COMMENTS = [
    "This is exactly what I have been saying for years, and nobody in charge seems to listen at all.",
    "Great article, thanks for covering this. I would love to see a follow-up on what happens next.",
    "I am not sure the numbers in the third paragraph add up, can someone explain how they got there?",
    "Typical. They announce something big and then nothing changes for the people who actually live there.",
]
DATES = ["March 3, 2019", "5 hours ago", "Updated 10:32 AM EST", "2 days ago", "Mon 12 Oct 2020 14.05 BST",
         "Published: 14:05 GMT", "Sep 12, 2018 | 4 min read", "Published 3 June 2021", "14 March 2017, 09:12",
         "Last updated: 2020-04-01", "Posted on July 9, 2016 by Example Staff"]
BYLINES = ["By {n}", "By {N}", "Written by {n}", "{n}, Staff Writer", "By {n} and {m}", "{n}", "Reporting by {n}"]


def first_sentence(text: str) -> str:
    t = text.split("\n\n")[0]
    m = re.match(r"(.+?[.!?])\s", t + " ")
    return m.group(1) if m else t[:150]


def page(articles: list[dict], i: int, rng: random.Random) -> tuple[str, str, str]:
    """(flattened page, gold article text, headline) for article ``i`` with boilerplate drawn from ``rng``."""
    a = articles[i]
    others = [articles[j] for j in rng.sample(range(len(articles)), 14) if j != i]
    n, m = rng.sample(NAMES, 2)
    L: list[str] = []
    if rng.random() < .4:
        L += rng.sample(COOKIE, 2)
    L += rng.sample(NAV, rng.randint(6, 25))
    if rng.random() < .4:        # a top strip of other headlines
        L += [o["title"] for o in others[:3]]
    if rng.random() < .3:
        L += MARKET[:rng.randint(3, 9)]
    L += rng.sample(NAV, rng.randint(0, 3))
    if rng.random() < .3:
        L.append(rng.choice(["World", "Politics", "Science", "Business"]))  # a kicker over the headline
    L.append(a["title"])
    if rng.random() < .2:        # a label under the headline
        L.append(rng.choice(["Exclusive", "What we know so far", "Analysis", "Live updates"]))
    if rng.random() < .75:
        L.append(rng.choice(BYLINES).format(n=n, N=n.upper(), m=m))
    if rng.random() < .85:
        L.append(rng.choice(DATES))
    if rng.random() < .6:
        L += rng.sample(ICONS, rng.randint(2, 7))
    if rng.random() < .5:
        L += rng.sample(COUNTERS, 2)
    gold: list[str] = []
    paras = [p.strip() for p in a["text"].split("\n") if p.strip()]
    for k, p in enumerate(paras):
        L.append(p)
        gold.append(p)
        if k == len(paras) - 1:
            break
        r = rng.random()
        if r < .08:
            L.append(rng.choice(INLINE))
        elif r < .15:
            L.append(rng.choice(READ_MORE).format(h=rng.choice(others)["title"]))
        elif r < .18:
            L.append(rng.choice(PROMPTS))
        elif r < .20:
            L += ["Photo: Reuters", "Image caption"]
        elif r < .22:
            L += rng.sample(ICONS, 3)
    if rng.random() < .15:
        L.append(rng.choice(DISCLAIMERS))
    if rng.random() < .6:
        L += [rng.choice(["Tags:", "Topics", "Filed under:", "More on:"])] + rng.sample(TAGS, rng.randint(2, 6))
    if rng.random() < .5:
        L += rng.sample(ICONS, 4)
    if rng.random() < .6:
        L.append(rng.choice(BIOS).format(n=n, h=n.split()[0].lower()))
    teasers = others[3:3 + rng.randint(3, 8)]
    if rng.random() < .8:        # a teaser block, with or without its heading
        L.append(rng.choice(SECTIONS))
    for o in teasers:
        if rng.random() < .3:
            L.append(rng.choice(["World", "Politics", "Science", "Opinion", "Sport"]))
        L.append(o["title"])
        if rng.random() < .6:
            L.append(first_sentence(o["text"]))
        if rng.random() < .5:
            L.append(rng.choice(DATES))
    if rng.random() < .2:
        L += ["Comments", f"{rng.randint(2, 90)} comments"]
        for c in rng.sample(COMMENTS, 2):
            L += [rng.choice(NAMES), rng.choice(DATES), c, "Reply", str(rng.randint(0, 40))]
    if rng.random() < .5:
        L += rng.sample(PROMPTS, 3)
    if rng.random() < .2:
        L.append(rng.choice(DISCLAIMERS))
    if rng.random() < .3:
        L += MARKET[:5]
    L += rng.sample(FOOT, rng.randint(5, 12))
    L.append(rng.choice(COPY))
    if rng.random() < .3:
        L += rng.sample(COOKIE, 2)
    return "\n".join(L), "\n".join(gold), a["title"]
