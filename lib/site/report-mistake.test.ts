import { describe, expect, it } from 'vitest';
import { reportErrorUrlProblem, reportMistakeHref } from './report-mistake';

const message = { subject: 'Kesalahan: Sanksi & pidana', body: 'Halaman: https://x.id/id/panduan/sanksi/\n\nApa yang salah?' };

describe('reportMistakeHref', () => {
  it('fills a mail subject and body, encoded', () => {
    expect(reportMistakeHref('mailto:koreksi@example.go.id', message)).toBe(
      'mailto:koreksi@example.go.id?subject=Kesalahan%3A%20Sanksi%20%26%20pidana&body=Halaman%3A%20https%3A%2F%2Fx.id%2Fid%2Fpanduan%2Fsanksi%2F%0A%0AApa%20yang%20salah%3F',
    );
  });

  it('keeps parameters already in a mailto address', () => {
    expect(reportMistakeHref('mailto:a@example.go.id?cc=b@example.go.id', message)).toMatch(/^mailto:a@example\.go\.id\?cc=b@example\.go\.id&subject=/);
  });

  it('adds title and body to a web address, keeping its own query', () => {
    const href = new URL(reportMistakeHref('https://github.com/o/r/issues/new?labels=koreksi', message));
    expect(href.origin + href.pathname).toBe('https://github.com/o/r/issues/new');
    expect(href.searchParams.get('labels')).toBe('koreksi');
    expect(href.searchParams.get('title')).toBe(message.subject);
    expect(href.searchParams.get('body')).toBe(message.body);
  });
});

describe('reportErrorUrlProblem', () => {
  it('accepts a mail address or a web address', () => {
    expect(reportErrorUrlProblem('mailto:koreksi@example.go.id')).toBeUndefined();
    expect(reportErrorUrlProblem('https://github.com/o/r/issues/new')).toBeUndefined();
  });

  it('explains what is wrong with anything else', () => {
    for (const bad of ['koreksi@example.go.id', 'mailto:', 'ftp://example.go.id', 'javascript:alert(1)'])
      expect(reportErrorUrlProblem(bad)).toMatch(/^REPORT_ERROR_URL must be a mailto: address or an http\(s\) address, got "/);
  });
});
