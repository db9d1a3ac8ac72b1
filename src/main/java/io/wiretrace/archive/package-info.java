/**
 * Web archives and news dumps in and out: reading WARC (plain or gzip per record), WACZ and NDJSON files record by
 * record from a cursor, with each bad record named by its reason and offset (reading goes on after it), and writing a
 * case (a story, a chain) as WARC or WACZ. WARC is read and written with jwarc; no framework.
 */
package io.wiretrace.archive;
