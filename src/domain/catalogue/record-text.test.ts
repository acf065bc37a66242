import { describe, expect, it } from 'vitest';
import { PROJECTS as projects, projectById as project } from '../catalogue.fixture';
import { contactLine, linkDomain } from './record-text';

describe('contactLine', () => {
  it('puts name, role and organisation on one line, commas only between parts', () => {
    const [clarence] = project('robertsfors-sommarlovsaktiviteter').contacts;
    const { name, rest } = contactLine(clarence!);
    expect(name).toBe('Clarence Coulton Andersson');
    expect(`${name}${rest}`).not.toMatch(/,\s*,|,\s*$/);
    expect(rest === '' || rest.startsWith(', ')).toBe(true);
  });

  it('leaves out a part the report does not give', () => {
    expect(contactLine({ name: 'Anna' })).toEqual({ name: 'Anna', rest: '' });
    expect(contactLine({ name: 'Anna', organisation: 'Luleå kommun' })).toEqual({
      name: 'Anna',
      rest: ', Luleå kommun',
    });
    expect(contactLine({ name: 'Anna', role: 'samordnare', organisation: 'Luleå kommun' })).toEqual(
      { name: 'Anna', rest: ', samordnare, Luleå kommun' },
    );
  });

  it('gives every contact of the catalogue a line that never starts with a comma', () => {
    const contacts = projects.flatMap((p) => p.contacts);
    expect(contacts.length).toBeGreaterThan(5);
    for (const c of contacts) {
      const { name, rest } = contactLine(c);
      expect(name.trim()).not.toBe('');
      expect(`${name}${rest}`).not.toMatch(/^,|,\s*,/);
    }
  });
});

describe('linkDomain', () => {
  it('shows a link as its domain, without www.', () => {
    expect(
      linkDomain(
        'http://www.lulea.se/kommun--politik/nyheter/nyhetsarkiv/2016-04-25-brottning-for-integration.html',
      ),
    ).toBe('lulea.se');
    expect(linkDomain('http://sverigeberattar.se/kontakt.html')).toBe('sverigeberattar.se');
  });

  it('gives every link of the catalogue a short domain', () => {
    for (const link of projects.flatMap((p) => p.links)) {
      const domain = linkDomain(link.url);
      expect(domain).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
      expect(domain.length).toBeLessThan(30);
    }
  });
});
