# Usage: python3 make-pages.py src/test/resources/attribution/probe-old-layouts (rewrites the pages and expectations.tsv)
# Writes the old-layout probe pages (our own invented pages) and their expectations.
import os, sys
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)

STORIES = [
 ("County board approves new bridge over Mill Creek",
  ["The county board voted 4-1 on Tuesday to build a new bridge over Mill Creek, ending a three-year dispute over the crossing that residents say has been unsafe since the spring floods of 2005.",
   "The new span will cost about $4.2 million, most of it paid by a state transportation grant awarded last fall, according to the county engineer who presented the plans to the board.",
   "Board chairman Walter Greene said construction could begin as early as June if the contracts are signed before the end of March and the weather holds through the spring.",
   "Residents who packed the meeting room applauded after the vote, and several said they had waited years for a crossing that school buses could use without a detour of eleven miles.",
   "The only member to vote against the plan said the county should first repair the two smaller bridges on Route 9, which inspectors rated as structurally deficient last year."]),
 ("Storm leaves thousands without power across the valley",
  ["A winter storm that dropped more than a foot of snow on parts of the valley left about 38,000 homes and businesses without electricity on Wednesday morning, utility officials said.",
   "Crews from three neighbouring states were called in to help restore service, but officials warned that some rural customers could be in the dark until the weekend.",
   "Schools in four districts were closed and the state highway department asked drivers to stay off the roads while plows worked to clear the main routes through the mountains.",
   "At the height of the storm, wind gusts of 50 miles per hour brought down trees and power lines along the river road, where two cars were trapped but nobody was hurt.",
   "Forecasters expect the snow to taper off by evening, with temperatures falling into the single digits overnight and a second, weaker system arriving on Friday."]),
 ("Automaker to cut 2,000 jobs as sales slump",
  ["The automaker said Thursday it would cut about 2,000 jobs at two assembly plants as sales of its large pickups and sport utility vehicles continued to slide amid high fuel prices.",
   "The company said the cuts would come through buyouts and the elimination of a shift at each plant, and that it expected the reductions to be completed by the end of the summer.",
   "Analysts said the move was expected after the company reported a third straight quarterly loss last month and lowered its forecast for the rest of the year.",
   "Union leaders said they had been told of the plan only hours before the announcement and would meet with company officials next week to discuss the terms of the buyouts.",
   "Shares of the company rose 3 percent in morning trading as investors welcomed the cost cutting, though they remain down by almost half since the start of the year."]),
 ("Senate panel delays vote on farm bill",
  ["A Senate committee put off a vote on the farm bill on Tuesday after lawmakers from corn and cotton states failed to agree on how to divide a smaller pot of subsidy money.",
   "The committee chairman said he hoped to bring the bill back within two weeks, but several members said privately that the talks could drag on until after the spring recess.",
   "The bill sets farm policy for five years and includes money for nutrition programs, conservation and crop insurance, as well as the direct payments that critics want to end.",
   "The White House has threatened to veto any bill that does not cap payments to wealthy farmers, a demand that has angered some members of the president's own party.",
   "Farm groups urged lawmakers to finish their work quickly, saying growers need to know the rules before they decide what to plant this year."]),
 ("Museum returns ancient vase to Greece",
  ["A museum announced Monday that it would return an ancient painted vase to Greece after researchers found that it had been smuggled out of the country in the 1970s.",
   "The vase, made around 500 B.C., shows athletes running a race and has been one of the most visited objects in the museum's collection since it was bought from a dealer in 1981.",
   "Museum director Helen Marsh said the decision followed two years of talks with Greek officials and a review of the dealer's records, which showed gaps in the object's history.",
   "Greek cultural officials welcomed the return and said the vase would be shown in Athens this summer before going to a regional museum near the site where it was found.",
   "Several American museums have returned antiquities in recent years after investigations into the trade, and the museum said it was reviewing other objects in its collection."]),
 ("Transit agency raises fares for the second time in a year",
  ["The regional transit agency voted Wednesday to raise bus and rail fares by 25 cents, the second increase in less than a year, blaming rising fuel costs and falling state aid.",
   "The basic fare will rise to $2 on March 1, and the price of a monthly pass will go up by $8, the agency said in a statement released after the vote.",
   "Riders who spoke at the hearing said the increase would hurt low-income workers who depend on buses to get to their jobs, and some urged the board to cut management salaries instead.",
   "The agency's general manager said the board had already trimmed administrative costs and delayed the purchase of new buses, but still faced a deficit of $31 million.",
   "The board also approved a plan to reduce service on seven lightly used routes on weekends, a change expected to save about $2 million a year."]),
 ("Drug maker recalls cold medicine for children",
  ["A drug maker on Friday recalled several lots of a liquid cold medicine for children after tests found that some bottles held more of the active ingredient than the label stated.",
   "The company said no illnesses had been reported but that it was acting out of caution, and it urged parents to stop using the affected bottles and return them to the store.",
   "Federal regulators said the recall covered about 400,000 bottles sold in drugstores and supermarkets across the country between September and December.",
   "Doctors have questioned the use of cough and cold medicines in young children, and an advisory panel last year recommended that they not be given to children under 6.",
   "The company said it had found the cause of the problem at one of its plants and had changed its procedures to make sure it would not happen again."]),
 ("Wildfire forces evacuation of mountain town",
  ["A fast-moving wildfire forced the evacuation of about 1,500 residents from a mountain town on Sunday as strong winds pushed the flames through dry brush toward the edge of town.",
   "Fire officials said the blaze had burned about 6,000 acres since it started on Saturday afternoon and was 10 percent contained by nightfall, with more than 400 firefighters on the lines.",
   "Two homes and several outbuildings were destroyed, and one firefighter was treated for heat exhaustion, according to the county sheriff's office.",
   "Evacuees gathered at a high school gym in the next town, where volunteers handed out food and blankets while families waited for word on whether their houses were still standing.",
   "The cause of the fire was under investigation, and officials said the winds were expected to ease on Monday, giving crews a chance to build lines around the fire."]),
]

SITES = [("valleycourier.example", "Valley Courier"), ("wxkt-tv.example", "WXKT NewsChannel 4"),
         ("harborledger.example", "The Harbor Ledger"), ("pinecountytimes.example", "Pine County Times"),
         ("kmrv.example", "KMRV 7"), ("lakeshoreherald.example", "Lakeshore Herald")]

def paras_p(story): return "\n".join("<p>%s</p>" % p for p in story[1])
def paras_br(story): return "<br><br>\n".join(story[1])

NAV = ('<table width="100%" cellpadding="0" cellspacing="0"><tr><td><a href="/"><img src="/images/logo.gif" alt="{site}"></a></td>'
       '<td><a href="/news/">News</a> | <a href="/sports/">Sports</a> | <a href="/weather/">Weather</a> | <a href="/classifieds/">Classifieds</a></td></tr></table>')
LEFT = ('<td width="150" valign="top" class="leftnav"><a href="/news/local/">Local News</a><br><a href="/news/state/">State</a><br>'
        '<a href="/news/nation/">Nation</a><br><a href="/obits/">Obituaries</a><br><a href="/opinion/">Opinion</a></td>')
RIGHT = ('<td width="160" valign="top" class="rightcol"><div class="ad">Advertisement<br><a href="/ads/click?id=1"><img src="/ads/bank.gif" alt="First Valley Bank"></a></div></td>')
FOOT = '<table width="100%"><tr><td class="footer"><a href="/about/">About us</a> | <a href="/contact/">Contact</a> | <a href="/privacy/">Privacy policy</a></td></tr></table>'

def page(site, story, inner, head_extra=""):
    domain, name = site
    return ('<html><head><title>%s - %s</title>%s</head>\n<body bgcolor="#ffffff">\n%s\n'
            '<table width="100%%" cellpadding="4"><tr>%s<td valign="top" class="content">\n%s\n</td>%s</tr></table>\n%s\n</body></html>\n'
            % (story[0], name, head_extra, NAV.format(site=name), LEFT, inner, RIGHT, FOOT))

# --- templates: each takes (story, head, tail, inside) where head/tail are credit HTML (or "") ---
def t_table(story, head="", tail="", inside=""):
    # title cell in <font>, byline row, story cell with <p>, a row after it
    return ('<table width="100%%" cellpadding="2"><tr><td><font size="5" face="Arial"><b>%s</b></font></td></tr>\n'
            '<tr><td class="byline">%s</td></tr>\n<tr><td class="storytext">%s%s</td></tr>\n<tr><td>%s</td></tr>\n'
            '<tr><td><a href="/email">E-mail this story</a> | <a href="/print">Printer-friendly</a></td></tr></table>'
            % (story[0], head, paras_p(story), inside, tail))

def t_br(story, head="", tail="", inside=""):
    # one cell, paragraphs split by <br><br>, credits as <b>/<i> runs
    return ('<font face="Verdana" size="2"><b><font size="4">%s</font></b><br><br>\n%s<br><br>\n%s%s<br><br>\n%s</font>'
            % (story[0], head, paras_br(story), inside, tail))

def t_tv(story, head="", tail="", inside=""):
    # TV-station site: h1 headline, header lines in divs, story div, lines after it
    return ('<div id="story"><h1 class="headline">%s</h1>\n<div class="meta">%s</div>\n<div class="storybody">%s%s</div>\n'
            '<div class="credit">%s</div>\n<div class="tools"><a href="/email">Email</a> <a href="/print">Print</a></div></div>'
            % (story[0], head, paras_p(story), inside, tail))

def t_nitf(story, head="", tail="", inside=""):
    # NITF-like elements embedded in the page
    return ('<div class="article"><hl1>%s</hl1>\n%s\n<div class="body">%s%s</div>\n%s</div>'
            % (story[0], head, paras_p(story), inside, tail))

def t_print(story, head="", tail="", inside=""):
    return None  # printer-friendly: own page shell below

def print_page(site, story, head="", tail="", inside=""):
    domain, name = site
    return ('<html><head><title>%s</title></head><body onload="window.print()">\n<a href="javascript:window.close()">Close window</a>'
            '<hr><img src="/images/print_logo.gif" alt="%s"><br>\n<h2>%s</h2>\n%s\n%s%s\n%s\n<hr>'
            '<font size="1">Find this article at: http://www.%s/news/story.php?id=48211</font></body></html>\n'
            % (story[0], name, story[0], head, paras_p(story), inside, tail, domain))

TEMPLATES = {"table": t_table, "br": t_br, "tv": t_tv, "nitf": t_nitf}

rows = []
def add(fid, site, tpl, story, expected, note, **slots):
    if tpl == "print":
        html = print_page(site, story, **slots)
    else:
        html = page(site, story, TEMPLATES[tpl](story, **slots))
    with open(os.path.join(OUT, fid + ".html"), "w") as f:
        f.write(html)
    rows.append((fid + ".html", "http://www.%s/news/2008/01/08/story-%s.html" % (site[0], fid), expected, note))

S = STORIES; W = SITES
AP_COPY = "Copyright 2008 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."
# ---------------- credits (expected) ----------------
add("p01-table-byline-apwriter", W[0], "table", S[0], "ap", "byline cell, writer's line under the name",
    head="By JOHN HALVERSON<br>Associated Press Writer")
add("p02-table-byline-apbusiness", W[2], "table", S[2], "ap", "AP Business Writer under the name",
    head="By KAREN WILTSE<br>AP Business Writer")
add("p03-table-ap-alone-above", W[3], "table", S[3], "ap", "The Associated Press alone in the byline cell",
    head="The Associated Press")
add("p04-table-ap-alone-after", W[0], "table", S[1], "ap", "The Associated Press alone in the row after the story",
    tail="The Associated Press")
add("p05-table-copyright-after", W[3], "table", S[4], "ap", "AP copyright row after the story", tail=AP_COPY)
add("p06-table-reuters-copyright", W[2], "table", S[2], "reuters", "(c) Reuters row after the story",
    tail="&copy; 2008 Reuters")
add("p07-table-afp-c", W[5], "table", S[4], "afp", "(c) AFP row after the story", tail="(c) AFP")
add("p08-tv-ap-dated-header", W[1], "tv", S[1], "ap", "TV station: agency, dash, date and time over the story",
    head="Associated Press - January 8, 2008 7:04 PM ET")
add("p09-tv-posted-by-ap", W[4], "tv", S[7], "ap", "Posted by: AP under the headline",
    head="Posted: Jan 8, 2008 07:04 PM EST<br>Posted by: AP")
add("p10-table-source-ap", W[3], "table", S[5], "ap", "Source: AP in the row after the story", tail="Source: AP")
add("p11-table-story-from-reuters", W[2], "table", S[6], "reuters", "Story from Reuters after the story",
    tail="Story from Reuters")
add("p12-nitf-byline", W[0], "nitf", S[3], "ap", "NITF byline element with the writer's line",
    head="<byline>By SARAH McKEE<br>Associated Press Writer</byline>")
add("p13-nitf-distributor", W[5], "nitf", S[4], "ap", "NITF distributor element",
    head="<byline>By TOM BRANDT</byline>", tail="<distributor>Associated Press</distributor>")
add("p14-nitf-copyrite", W[3], "nitf", S[0], "ap", "NITF copyrite element after the story",
    tail="<copyrite>Copyright 2008 The Associated Press</copyrite>")
add("p15-nitf-copyrightline", W[2], "nitf", S[2], "reuters", "copyrightline element",
    tail="<copyrightline>&copy; 2008 Reuters. All rights reserved.</copyrightline>")
add("p16-nitf-dateline", W[0], "nitf", S[6], "ap", "NITF dateline element with the agency",
    head="<dateline>WASHINGTON (AP)</dateline>")
add("p17-print-byline", W[3], "print", S[3], "ap", "printer-friendly page, bold name and writer's line",
    head="<b>By ELIZABETH WHITE</b><br>Associated Press Writer<br>")
add("p18-br-bold-italic-byline", W[0], "br", S[0], "ap", "byline in <b>/<i> runs split by <br>",
    head="<b>By MARK JEFFERSON</b><br><i>Associated Press Writer</i>")
add("p19-table-caps-ap", W[5], "table", S[1], "ap", "ASSOCIATED PRESS in capitals in the byline cell",
    head="ASSOCIATED PRESS")
add("p20-table-name-comma-caps", W[3], "table", S[7], "ap", "name, comma, ASSOCIATED PRESS",
    head="By MARIA SANCHEZ, ASSOCIATED PRESS")
add("p21-table-split-text-nodes", W[0], "table", S[5], "ap", "agency name split across two font elements",
    head="By DAVID KLEIN<br><font color=\"#666666\">Associated</font> <font color=\"#666666\">Press Writer</font>")
add("p22-table-copyright-with-nav", W[2], "table", S[4], "ap", "copyright after the story in the story's own cell, nav links after it",
    inside="<br>" + AP_COPY + "<br><a href=\"/news/\">More news</a> | <a href=\"/\">Home</a>")
add("p23-table-bloomberg", W[2], "table", S[2], "bloomberg", "Bloomberg News under the name",
    head="By Alan Whitford<br>Bloomberg News")
add("p24-table-mct", W[3], "table", S[5], "tns", "McClatchy-Tribune under the name",
    head="By Rebecca Stone<br>McClatchy-Tribune News Service")
add("p25-table-shns", W[5], "table", S[4], "shns", "Scripps Howard News Service under the name",
    head="By Peter Caldwell<br>Scripps Howard News Service")
add("p26-table-nyt-ns", W[0], "table", S[3], "nyt-news-service", "New York Times News Service under the name",
    head="By Janet Morrow<br>New York Times News Service")
add("p27-table-cp-caps", W[5], "table", S[1], "cp", "THE CANADIAN PRESS in the byline cell",
    head="THE CANADIAN PRESS")
add("p28-table-pa-copyright", W[2], "table", S[6], "pa-media", "Press Association copyright after the story",
    tail="Copyright (c) Press Association Ltd. 2008, All Rights Reserved.")
add("p29-table-dpa-copyright", W[3], "table", S[4], "dpa", "dpa copyright after the story",
    tail="Copyright 2008 dpa Deutsche Presse-Agentur GmbH")
add("p30-tv-reuters-copyright", W[1], "tv", S[2], "reuters", "Thomson Reuters notice after the story",
    tail="&copy; Thomson Reuters 2008. All rights reserved.")
add("p31-tv-afp-copyright", W[4], "tv", S[4], "afp", "AFP copyright after the story, with a link",
    tail="Copyright &copy; 2008 AFP. All rights reserved. <a href=\"/more\">More &raquo;</a>")
add("p32-tv-cnn-wire", W[1], "tv", S[7], "cnn-wire|cnn", "CNN Wire notice after the story",
    tail="The-CNN-Wire&trade; &amp; &copy; 2008 Cable News Network, Inc., a Time Warner Company. All rights reserved.")
add("p33-br-ap-alone-after", W[3], "br", S[6], "ap", "<i>The Associated Press</i> after the story in the same cell",
    tail="<i>The Associated Press</i>")
add("p34-br-copyright-after", W[5], "br", S[0], "ap", "copyright in a small font after the story, same cell",
    tail="<font size=\"1\">" + AP_COPY + "</font>")
add("p35-tv-byline-posted", W[4], "tv", S[5], "ap", "TV station: posted time, by-line, writer's line",
    head="Posted: Jan 8, 2008 07:04 PM EST<br>Updated: Jan 8, 2008 09:12 PM EST<br>By JANE HOLLOWAY<br>Associated Press Writer")
add("p36-table-sports-writer", W[0], "table", S[7], "ap", "AP Sports Writer under the name",
    head="By TIM DAHLBERG<br>AP Sports Writer")
add("p37-table-two-cells", W[2], "table", S[3], "ap", "name and writer's line in two rows",
    head="By ROBERT FARNHAM</td></tr><tr><td class=\"byline2\">Associated Press Writer")
add("p38-table-by-the-ap", W[3], "table", S[0], "ap", "By The Associated Press in a span",
    head="<span class=\"byline\">By The Associated Press</span>")
add("p39-table-from-ap", W[5], "table", S[6], "ap", "From the Associated Press under the headline",
    head="<font size=\"2\">From The Associated Press</font>")
add("p40-tv-cp-copyright", W[4], "tv", S[1], "cp", "Canadian Press copyright after the story",
    tail="&copy; The Canadian Press, 2008")
add("p41-nitf-distributor-reuters", W[1], "nitf", S[2], "reuters", "NITF distributor naming Reuters",
    tail="<distributor>Reuters</distributor>")
add("p42-table-source-reuters-bracket", W[0], "table", S[2], "reuters", "(Source: Reuters) after the story",
    tail="(Source: Reuters)")
add("p43-br-dpa-byline", W[2], "br", S[4], "dpa", "name, comma, dpa in bold",
    head="<b>By Anna Keller, dpa</b>")
add("p44-table-ap-dash-date", W[3], "table", S[5], "ap", "agency and date in the byline cell",
    head="The Associated Press - January 8, 2008")
add("p45-tv-copyright-ap-short", W[1], "tv", S[0], "ap", "short AP copyright after the story",
    tail="Copyright 2008 Associated Press. All rights reserved.")
add("p46-print-copyright", W[5], "print", S[7], "ap", "printer-friendly page closing with the AP notice",
    tail="<p>" + AP_COPY + "</p>")

# ---------------- look-alikes (nothing to credit) ----------------
add("n01-related-ap-links", W[0], "table", S[0], "-", "related-links cell naming AP",
    tail="<b>More AP News</b><br><a href=\"/ap/1\">AP: Stocks fall on jobs data</a><br><a href=\"/ap/2\">AP: Senate passes budget</a>")
add("n02-ap-photo-caption", W[3], "table", S[1], "-", "AP Photo credit beside a picture",
    head="<img src=\"/photos/storm.jpg\" width=\"300\"><br>Downed lines on River Road. (AP Photo/Jim Cole)")
add("n03-ad-reuters", W[2], "tv", S[2], "-", "an advertisement after the story naming Reuters",
    tail="<div class=\"ad\">Advertisement: <a href=\"http://ads.example/r\">Get Reuters Insider free for 30 days</a></div>")
add("n04-ticker-reuters-data", W[2], "table", S[2], "-", "stock ticker, market data credit",
    tail="<table><tr><td>DJIA 12,589.07 -0.4%</td></tr><tr><td>Quotes delayed 20 minutes. Source: Reuters data</td></tr></table>")
add("n05-staff-byline", W[0], "table", S[0], "-", "the outlet's own staff writer",
    head="By JOHN HALVERSON<br>Valley Courier Staff Writer")
add("n06-own-tv-copyright", W[1], "tv", S[1], "-", "the station's own copyright",
    tail="(c) 2008 WXKT-TV. All rights reserved.")
add("n07-nav-agency-cell", W[3], "table", S[3], "-", "navigation cell listing wire sections",
    tail="<a href=\"/ap/\">AP News</a> | <a href=\"/reuters/\">Reuters</a> | <a href=\"/sports/\">Sports</a>")
add("n08-own-copyright-ap-words", W[5], "table", S[4], "-", "own copyright in the AP wording",
    tail="Copyright 2008 Lakeshore Herald. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")
add("n09-citation", W[2], "table", S[2], "-", "the story cites AP: not a credit",
    inside="<p>The Associated Press reported last month that the plant could close.</p>")
add("n10-photo-caption-reuters", W[1], "tv", S[7], "-", "REUTERS/ photo credit after the story",
    tail="<img src=\"/p/fire.jpg\"><br>Flames near the town. REUTERS/Lucy Nicholson")
add("n11-bio-former-ap", W[3], "table", S[3], "-", "writer's bio naming a former employer",
    head="By Linda Price<br>Pine County Times", tail="<i>Linda Price, a former Associated Press reporter, covers the statehouse for the Times.</i>")
add("n12-top-stories-box", W[0], "table", S[5], "-", "AP Top Stories box of links after the story",
    tail="<b>AP Top Stories</b><br><a href=\"/ap/3\">Storm hits coast</a> | <a href=\"/ap/4\">Oil tops $100</a>")
add("n13-posted-by-person", W[4], "tv", S[7], "-", "Posted by a staff member",
    head="Posted: Jan 8, 2008 07:04 PM EST<br>Posted by: Jane Holloway")
add("n14-census-source", W[3], "table", S[5], "-", "a data source after the story",
    tail="Source: U.S. Census Bureau")
add("n15-own-nitf-distributor", W[0], "nitf", S[1], "-", "NITF distributor naming the paper itself",
    tail="<distributor>Valley Courier</distributor>")
add("n16-own-nitf-byline", W[2], "nitf", S[2], "-", "NITF byline of a staff writer",
    head="<byline>By Rick Ames, Ledger Staff Writer</byline>")
add("n17-ap-photo-alone", W[5], "table", S[7], "-", "AP Photo alone in the row after the story",
    tail="AP Photo")
add("n18-teasers-datelines", W[3], "tv", S[6], "-", "teasers of other stories with (AP) datelines",
    tail="<div class=\"more\"><a href=\"/s/1\">Bus crash kills 3</a> BOSTON (AP) <br><a href=\"/s/2\">Mayor resigns</a> DENVER (AP)</div>")
add("n19-own-staff-caps", W[5], "table", S[1], "-", "name, comma, staff in capitals",
    head="By MARIA SANCHEZ, HERALD STAFF WRITER")
add("n20-newsletter-ad", W[1], "tv", S[2], "-", "newsletter promotion naming AP",
    tail="<a href=\"/newsletter\">Sign up for AP breaking news alerts</a>")
add("n21-photo-credit-row", W[2], "table", S[4], "-", "photo credit row with a picture",
    tail="<img src=\"/p/vase.jpg\" width=\"200\"><br><font size=\"1\">Photo: Associated Press</font>")
add("n22-own-copyright-print", W[3], "print", S[0], "-", "printer page with the paper's own copyright",
    tail="<p>Copyright &copy; 2008 Pine County Times. All rights reserved.</p>")
add("n23-market-data", W[2], "tv", S[2], "-", "market data credit",
    tail="Market data provided by Reuters. Quotes delayed at least 15 minutes.")
add("n24-weather-source", W[1], "tv", S[1], "-", "a weather service as source",
    tail="Source: National Weather Service")
add("n25-ap-stylebook-nav", W[0], "table", S[6], "-", "a tools row",
    tail="<a href=\"/email\">E-mail</a> | <a href=\"/print\">Print</a> | <a href=\"/ap-video\">AP Video</a>")
add("n26-own-dateline", W[4], "tv", S[7], "-", "the station's own dateline over the story",
    head="ELKTON, Ore. (KMRV)")
add("n27-reuters-in-body", W[2], "br", S[2], "-", "told Reuters in the last paragraph",
    inside="<br><br>The chief executive told Reuters the cuts were painful but necessary.")
add("n28-own-dated-header", W[1], "tv", S[1], "-", "the station's own desk with a date over the story",
    head="WXKT NewsChannel 4 - January 8, 2008 7:04 PM ET")
add("n29-copyright-holders-list", W[3], "table", S[3], "-", "site-wide list of providers in the footer row",
    tail="<font size=\"1\">Copyright 2008 Pine County Times. Some content provided by partners including wire services and photo agencies.</font>")
add("n30-caps-staff-cell", W[0], "table", S[0], "-", "staff desk in capitals alone in the byline cell",
    head="VALLEY COURIER STAFF")



# ---------------- second set: forms inside the story's cell and variants ----------------
def lead(story, prefix):
    return (story[0], [prefix + story[1][0]] + story[1][1:])
rows2 = []
add("p47-dateline-underscore", W[0], "table", lead(S[3], "WASHINGTON (AP) _ "), "ap", "AP's ASCII feed dash after the dateline")
add("p48-dateline-bold-nodash", W[2], "br", lead(S[1], "<b>CHARLESTON, W.Va. (AP)</b> "), "ap", "bold dateline with no dash")
add("p49-dateline-double-dash-glued", W[3], "table", lead(S[6], "NEW YORK (AP)--"), "ap", "dateline glued to the text by two dashes")
add("p50-dateline-reuters-date", W[5], "table", lead(S[2], "DETROIT, Jan 8 (Reuters) - "), "reuters", "Reuters dateline with the date")
add("p51-copyright-glued", W[0], "table", S[0], "ap", "AP notice with no space after reserved.",
    inside="<p>Copyright 2008 The Associated Press. All rights reserved.This material may not be published, broadcast, rewritten or redistributed.</p>")
add("p52-copyright-then-nav-text", W[3], "br", S[5], "ap", "AP notice in the story's cell, then plain navigation text",
    inside="<br><br>Copyright 2008 The Associated Press. All rights reserved.<br><br>Back to top<br>Return to News")
add("p53-provider-dash-date-ap", W[1], "tv", S[1], "ap", "AP - weekday date time, as portals printed the provider",
    head="AP - Tue Jan 8, 7:04 PM ET")
add("p54-provider-dash-date-reuters", W[4], "tv", S[2], "reuters", "Reuters - weekday date time",
    head="By Jane Holloway<br>Reuters - Tue Jan 8, 7:04 PM ET")
add("p55-byline-two-cells-row", W[2], "table", S[7], "ap", "name and agency in two cells of one row",
    head="<table width=\"100%\"><tr><td>By JIM COLE</td><td align=\"right\">Associated Press</td></tr></table>")
add("p56-source-ap-caps", W[5], "table", S[4], "ap", "SOURCE: ASSOCIATED PRESS after the story", tail="SOURCE: ASSOCIATED PRESS")
add("p57-source-the-ap", W[0], "tv", S[6], "ap", "Source: The Associated Press after the story", tail="Source: The Associated Press")
add("p58-byline-pipe-ap", W[3], "table", S[3], "ap", "By NAME | Associated Press", head="By JOHN HALVERSON | Associated Press")
add("p59-byline-slash-ap", W[5], "table", S[0], "ap", "By NAME / The Associated Press", head="By Jane Holloway / The Associated Press")
add("p60-ap-national-writer-glued", W[2], "table", S[3], "ap", "name and AP National Writer on one line",
    head="By DAVID CRANE AP National Writer")
add("p61-ap-date-two-lines", W[0], "table", S[5], "ap", "agency over the date in a small font",
    head="<font size=\"-1\" color=\"#666666\">The Associated Press<br>January 8, 2008</font>")
add("p62-agency-pipe-posted", W[3], "tv", S[6], "ap", "Associated Press | Posted: date",
    head="Associated Press | Posted: Tuesday, January 8, 2008 7:04 pm")
add("p63-updated-then-ap", W[1], "tv", S[0], "ap", "updated stamp over the agency line",
    head="updated 7:04 p.m. ET, Tues., Jan. 8, 2008<br>The Associated Press")
add("p64-copyright-p-class", W[4], "tv", S[4], "ap", "msnbc-style notice in the story's box",
    inside="<p class=\"copyright\">&copy; 2008 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p>")
add("p65-span-copyrightline", W[2], "tv", S[2], "reuters", "copyright in a span after the story's box",
    tail="<span class=\"copyrightline\">Copyright 2008 Reuters. All rights reserved.</span>")
add("p66-staff-and-ap", W[3], "table", S[1], "ap", "own staff and the AP",
    head="Pine County Times staff and The Associated Press")
add("p67-compiled-from-ap", W[0], "table", S[6], "ap", "compiled from AP reports after the story",
    tail="<i>Compiled from Associated Press reports.</i>")
add("p68-ap-medical-writer-comma", W[5], "table", S[6], "ap", "NAME, AP Medical Writer",
    head="By JANE HOLLOWAY, AP Medical Writer")
add("p69-afp-dateline-emdash-entity", W[2], "table", lead(S[4], "ATHENS (AFP) &#151; "), "afp", "AFP dateline with a cp1252 dash entity")
add("p70-nitf-byttl", W[0], "nitf", S[3], "ap", "NITF byline with byttl",
    head="<byline><person>Sarah McKee</person><byttl>Associated Press Writer</byttl></byline>")
add("p71-nitf-credit-source", W[3], "nitf", S[2], "reuters", "NITF doc.copyright/source element",
    tail="<doc.copyright holder=\"Reuters\" year=\"2008\"></doc.copyright><source>Reuters</source>")
add("p72-google-hosted-ap", W[1], "tv", S[1], "ap", "hosted AP copy with its footer line",
    tail="<div id=\"hn-footer\">Copyright &copy; 2008 The Associated Press. All rights reserved.</div>")

add("n31-teaser-ap-headline-cell", W[0], "table", S[0], "-", "another story's teaser from the wire after the story",
    tail="<b>Also from AP:</b> <a href=\"/s/9\">Oil prices climb past $100</a>")
add("n32-photo-ap-in-header", W[3], "tv", S[1], "-", "an AP photo credit over the story",
    head="<img src=\"/p/storm.jpg\" width=\"400\"><br><span class=\"credit\">Associated Press</span>")
add("n33-ap-photo-after", W[2], "tv", S[7], "-", "(AP Photo/NAME) line after the story",
    tail="(AP Photo/Rich Pedroncelli)")
add("n34-ap-poll-source", W[5], "table", S[3], "-", "an AP-Ipsos poll as a data source", tail="Source: AP-Ipsos poll")
add("n35-sources-data", W[0], "tv", S[2], "-", "a chart's source line naming data",
    tail="Sources: Reuters, company reports")
add("n36-copyright-station-worldnow", W[1], "tv", S[1], "-", "a station's own platform copyright",
    tail="All content &copy; Copyright 2000 - 2008 WorldNow and WXKT. All Rights Reserved.")
add("n37-reporter-former-reuters", W[2], "table", S[2], "-", "own writer's line naming a former agency",
    head="By Alan Whitford<br>Former Reuters correspondent")
add("n38-byline-own-comma-caps", W[3], "table", S[6], "-", "own paper in capitals after the name",
    head="By LINDA PRICE, PINE COUNTY TIMES")



# ---------------- third set: where the credit sits (position variants) ----------------
def raw(fid, site, story, inner, expected, note, title=None):
    domain, name = site
    html = ('<html><head><title>%s</title></head>\n<body>\n%s\n<table width="100%%" cellpadding="4"><tr>%s<td valign="top">\n%s\n</td>%s</tr></table>\n%s\n</body></html>\n'
            % (title or (story[0] + " - " + name), NAV.format(site=name), LEFT, inner, RIGHT, FOOT))
    with open(os.path.join(OUT, fid + ".html"), "w") as f:
        f.write(html)
    rows.append((fid + ".html", "http://www.%s/news/2008/01/08/story-%s.html" % (domain, fid), expected, note))

RELATED = ('<table class="related" width="200" align="right"><tr><td><b>Related stories</b><br>'
           + "<br>".join('<a href="/news/r%d.html">%s</a>' % (i, t) for i, t in enumerate([
               "Council delays vote on new school budget after long debate", "Police seek witnesses to downtown robbery on Main Street",
               "High school team wins first state title in 30 years", "Hospital opens new cancer center in the east wing",
               "Road work to close Route 9 for two weeks in March", "Library extends hours during final exam period",
               "Fire destroys barn near Elk Grove, no one hurt", "City names new police chief after national search",
               "Farmers market moves to new site downtown", "Water rates to rise 5 percent in July",
               "Zoo welcomes two red panda cubs", "State audit finds errors in county payroll",
               "Teachers union ratifies new three-year contract", "Bridge inspection finds cracks in two spans",
               "Museum to host traveling dinosaur exhibit", "Airport adds nonstop flights to Denver"])) + '</td></tr></table>')
raw("q01-related-box-between", W[0], S[1],
    '<h1>%s</h1>%s<div class="byline">By JOHN HALVERSON<br>Associated Press Writer</div>%s' % (S[1][0], RELATED, paras_p(S[1])),
    "ap", "a long related-links box between the headline and the byline")
raw("q02-byline-left-column", W[2], S[2],
    '<h2>%s</h2><table><tr><td width="140" valign="top"><font size="1">By KAREN WILTSE<br>AP Business Writer<br>Jan. 8, 2008</font></td><td>%s</td></tr></table>' % (S[2][0], paras_p(S[2])),
    "ap", "the byline in a narrow column left of the story")
raw("q03-title-differs-4line-byline", W[3], S[3],
    '<h1>Farm bill stalls in Senate committee</h1><p class="by">By SARAH McKEE<br>Associated Press Writer<br>January 8, 2008<br><a href="/email">E-mail</a> | <a href="/print">Print</a></p>%s' % paras_p(S[3]),
    "ap", "headline differs from the title, byline of four lines", title="Pine County Times | Nation")
raw("q04-copyright-after-tools", W[5], S[4],
    '<h1>%s</h1>%s<p><a href="/email">Email</a> | <a href="/print">Print</a> | <a href="/c">Comments (3)</a></p><p><b>Related:</b> <a href="/r1">Greek museums</a></p>'
    '<p>Posted in <a href="/arts">Arts</a></p><p><font size="1">%s</font></p>' % (S[4][0], paras_p(S[4]), AP_COPY),
    "ap", "the AP notice after three lines of story tools")
raw("q05-story-split-by-ad", W[0], S[5],
    '<h1>%s</h1><p>By JANE HOLLOWAY<br>Associated Press Writer</p>%s<div class="ad">Advertisement</div>%s<p>The Associated Press</p>'
    % (S[5][0], "".join("<p>%s</p>" % p for p in S[5][1][:2]), "".join("<p>%s</p>" % p for p in S[5][1][2:])),
    "ap", "story split by an ad, writer's line above")
raw("q06-credit-row-after-many", W[3], S[6],
    '<table><tr><td><font size="4"><b>%s</b></font></td></tr><tr><td>%s</td></tr><tr><td><a href="/e">E-mail</a></td></tr>'
    '<tr><td><a href="/p">Print</a></td></tr><tr><td>Story from The Associated Press</td></tr></table>' % (S[6][0], paras_p(S[6])),
    "ap", "a credit row after two rows of tools")
raw("q07-font-run-inside-cell", W[5], S[0],
    '<font size="4"><b>%s</b></font><br><font size="1" color="gray">By MARK JEFFERSON<br>Associated Press Writer<br>January 8, 2008 7:04 PM</font><br><br>%s'
    % (S[0][0], paras_br(S[0])), "ap", "byline, writer's line and date in one small font run")
raw("q08-h1-then-byline-table", W[2], S[7],
    '<h1>%s</h1><table width="100%%"><tr><td class="date">Tuesday, January 8, 2008</td></tr><tr><td class="byline">By TIM DAHLBERG</td></tr><tr><td>Associated Press Writer</td></tr></table>%s'
    % (S[7][0], paras_p(S[7])), "ap", "byline rows in a table under the headline")
raw("q09-copyright-before-related", W[0], S[2],
    '<h1>%s</h1>%s<table><tr><td><font size="1">&copy; 2008 The Associated Press</font></td></tr><tr><td>%s</td></tr></table>'
    % (S[2][0], paras_p(S[2]), RELATED), "ap", "the AP notice in a table row followed by related links")



# ---------------- fourth set: more positions ----------------
NAVLINES = "<br>".join(['Related Stories:', '<a href="/r1">Council delays vote</a>', '<a href="/r2">Police seek witnesses</a>',
                        'Most Viewed', '<a href="/m1">Zoo welcomes cubs</a>', 'Posted in News', '<a href="/c">Comments (0)</a>',
                        '<a href="/e">E-mail</a> | <a href="/p">Print</a>', 'Back to top'])
raw("q10-copyright-then-long-nav-same-cell", W[0], S[3],
    '<table><tr><td><font size="4"><b>%s</b></font><br><br>%s<br><br>%s<br><br>%s</td></tr></table>' % (S[3][0], paras_br(S[3]), AP_COPY, NAVLINES),
    "ap", "AP notice in the story's cell, nine lines of navigation after it")
raw("q11-copyrightline-above-story", W[2], S[2],
    '<h1>%s</h1><byline>By KAREN WILTSE</byline><copyrightline>Copyright 2008 The Associated Press</copyrightline><div class="text">%s</div>' % (S[2][0], paras_p(S[2])),
    "ap", "NITF copyright line between the headline and the story")
raw("q12-credit-above-headline", W[3], S[5],
    '<table><tr><td class="kicker"><font size="1">The Associated Press</font></td></tr><tr><td><font size="5"><b>%s</b></font></td></tr><tr><td>%s</td></tr></table>' % (S[5][0], paras_p(S[5])),
    "ap", "the agency in a kicker cell above the headline")
raw("q13-credit-after-three-tool-rows", W[5], S[6],
    '<table><tr><td><font size="4"><b>%s</b></font></td></tr><tr><td>%s</td></tr><tr><td><a href="/e">E-mail</a></td></tr><tr><td><a href="/p">Print</a></td></tr>'
    '<tr><td>Comments are closed</td></tr><tr><td>Font size: <a href="/a">A</a> <a href="/b">A</a></td></tr><tr><td>The Associated Press</td></tr></table>' % (S[6][0], paras_p(S[6])),
    "ap", "the agency alone in a row after four rows of story tools")
raw("q14-copyrightline-right-column", W[1], S[1],
    '<h1>%s</h1><table><tr><td width="70%%">%s</td><td valign="bottom"><copyrightline>&copy; 2008 The Associated Press</copyrightline></td></tr></table>' % (S[1][0], paras_p(S[1])),
    "ap", "copyright line in the cell beside the story")
raw("q15-copyrightline-after-long-block", W[0], S[0],
    '<h1>%s</h1><div class="text">%s</div>%s<copyrightline>Copyright 2008 The Associated Press. All rights reserved.</copyrightline>' % (S[0][0], paras_p(S[0]), RELATED),
    "ap", "copyright line after a long related box")
raw("q16-ap-logo-above-story", W[4], S[7],
    '<h1>%s</h1><div class="source"><img src="/images/ap_logo.gif" alt="AP"></div>%s' % (S[7][0], paras_p(S[7])),
    "ap", "an AP logo alone between the headline and the story")
raw("q17-copyright-footer-of-story-table", W[2], S[4],
    '<table><tr><td><font size="4"><b>%s</b></font></td></tr><tr><td>%s</td></tr></table><br><br><br>%s<center><font size="1">%s</font></center>' % (S[4][0], paras_p(S[4]), RELATED, AP_COPY),
    "ap", "AP notice centred after related links under the story's table")



# ---------------- fifth set: credits after many tool rows, logos over the story, NITF doc.copyright ----------------
TOOLS = ('<tr><td><a href="/e">E-mail this story</a></td></tr><tr><td><a href="/p">Printer-friendly</a></td></tr>'
         '<tr><td><a href="/share">Share</a> | <a href="/digg">Digg</a></td></tr><tr><td><a href="/save">Save</a></td></tr>'
         '<tr><td><a href="/c">Comments (0)</a></td></tr>')
def tools_page(fid, site, story, after, expected, note):
    raw(fid, site, story, '<table><tr><td><font size="4"><b>%s</b></font></td></tr><tr><td>%s</td></tr>%s%s</table>'
        % (story[0], paras_p(story), TOOLS, after), expected, note)
tools_page("q18-ap-after-five-tool-rows", W[0], S[2], '<tr><td>The Associated Press</td></tr>',
           "ap", "the agency alone in a row after five rows of link-only story tools")
tools_page("q19-reuters-after-tools-and-size", W[3], S[4], '<tr><td>Font size: <a href="/s">A</a> <a href="/l">A</a></td></tr><tr><td>Reuters</td></tr>',
           "reuters", "Reuters alone after five tool rows and a text-size row")
tools_page("n39-tools-then-related-agency-links", W[2], S[1],
           '<tr><td><b>Related</b><br><a href="/r1">Reuters: oil prices climb</a><br><a href="/r2">AP: storm moves east</a></td></tr>'
           '<tr><td><a href="/ap">AP News</a> | <a href="/reuters">Reuters</a></td></tr><tr><td>Copyright 2008 The Harbor Ledger</td></tr>',
           "-", "tool rows, then related links and a nav row naming agencies, then the paper's copyright")
tools_page("n40-tools-then-photo-credit", W[5], S[7], '<tr><td>Photo: AP</td></tr>',
           "-", "a picture's credit after the tool rows")
tools_page("n41-tools-then-many-links-then-agency", W[0], S[5],
           "".join('<tr><td><a href="/m%d">More news %d</a></td></tr>' % (i, i) for i in range(8)) + '<tr><td>Associated Press</td></tr>',
           "-", "the agency's name far down the page, after tools and eight rows of links")
tools_page("n42-tools-then-teaser-text", W[3], S[0], '<tr><td>Most viewed</td></tr><tr><td>Reuters poll finds voters split on tax plan</td></tr>',
           "-", "a most-viewed teaser naming an agency after the tools")
raw("q20-reuters-logo-above-story", W[2], S[2],
    '<h1>%s</h1><p><a href="/wire/"><img src="/img/reuters-logo.gif" alt="Reuters"></a></p>%s' % (S[2][0], paras_p(S[2])),
    "reuters", "a linked Reuters logo alone between the headline and the story")
raw("n43-own-logo-above-story", W[4], S[7],
    '<h1>%s</h1><div class="source"><img src="/images/kmrv_logo.gif" alt="KMRV 7"></div>%s' % (S[7][0], paras_p(S[7])),
    "-", "the station's own logo between the headline and the story")
raw("n44-ap-photo-above-story", W[1], S[1],
    '<h1>%s</h1><div><img src="/photos/ap_storm.jpg" width="400" alt="AP Photo"></div>%s' % (S[1][0], paras_p(S[1])),
    "-", "an AP picture between the headline and the story")
raw("n45-partner-logos-above-story", W[0], S[3],
    '<h1>%s</h1><div class="partners"><img src="/logos/ap.gif" alt="AP logo"><img src="/logos/reuters.gif" alt="Reuters logo"></div>%s' % (S[3][0], paras_p(S[3])),
    "-", "a row of partners' logos between the headline and the story")
raw("n46-logo-with-teaser-above-story", W[3], S[6],
    '<h1>%s</h1><div class="promo"><img src="/logos/ap.gif" alt="AP logo"> <a href="/ap/">More AP headlines</a></div>%s' % (S[6][0], paras_p(S[6])),
    "-", "an agency's logo beside a link to its headlines, over the story")
raw("n47-logo-far-above-story", W[5], S[4],
    '<h1>%s</h1><div><img src="/logos/afp.gif" alt="AFP logo"></div><div class="byline">Lakeshore Herald Staff<br>January 8, 2008<br>Updated 7:04 p.m.<br><a href="/e">E-mail</a> | <a href="/p">Print</a></div>%s' % (S[4][0], paras_p(S[4])),
    "-", "an agency logo four lines above the story, over the paper's own staff line")
add("p73-nitf-doc-copyright-ap", W[0], "nitf", S[5], "ap", "NITF doc.copyright holder attribute alone",
    tail="<doc.copyright holder=\"The Associated Press\" year=\"2008\"></doc.copyright>")
add("n48-nitf-doc-copyright-own", W[3], "nitf", S[6], "-", "NITF doc.copyright naming the paper itself",
    tail="<doc.copyright holder=\"Pine County Times\" year=\"2008\"></doc.copyright>")
add("n49-nitf-doc-copyright-figure", W[2], "nitf", S[1], "-", "doc.copyright inside a figure (a picture's rights)",
    tail="<figure><img src=\"/p/storm.jpg\"><doc.copyright holder=\"Reuters\" year=\"2008\"></doc.copyright></figure>")

with open(os.path.join(OUT, "expectations.tsv"), "w") as f:
    f.write("# Old page layouts (1998-2012 templates), written by us: file, page URL, expected registry keys (| = either), what the page holds.\n")
    f.write("# '-' expects no credit at all (a look-alike). Pages invented: outlets, people and stories are not real.\n")
    for r in rows:
        f.write("\t".join(r) + "\n")
print(len(rows))
