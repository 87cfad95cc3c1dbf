# Articles, program pages and standalone pages: front matter, dates, drafts.

content-date-far-ahead = `date` { $date } is more than a year from now: the page stays unpublished until then
content-date-far-ahead-help = check the year ({ $written } for { $likely }?); a page dated in the future appears on its date, or now with --future
content-date-far-ahead-help-plain = check the year; a page dated in the future appears on its date, or now with --future
