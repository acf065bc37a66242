import type { Contact } from '../../data/schemas';

/**
 * A contact on one line: "name, role, organisation", the parts the report gives, so that a line
 * never starts with a comma and a missing part leaves no gap.
 */
export function contactLine(contact: Pick<Contact, 'name' | 'role' | 'organisation'>): {
  name: string;
  rest: string;
} {
  const rest = [contact.role, contact.organisation].filter((part) => part && part.trim());
  return { name: contact.name, rest: rest.length > 0 ? `, ${rest.join(', ')}` : '' };
}

/**
 * A link as people read it: its domain without "www." ("lulea.se"), not the raw address of a
 * 2016 news page; the address itself stays in the href.
 */
export function linkDomain(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}
