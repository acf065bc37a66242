import { describe, expect, it } from 'vitest';
import { answersFromCache } from './navigation';

const at = (address: string) => new URL(address, 'http://127.0.0.1:4173');

describe('the service worker answers navigations from its cache', () => {
  it.each([
    '/',
    '/?m=2584&lang=en',
    '/index.html',
    '/index.html?v=1&theme=sport',
    // The full app, by the app's own rule (src/state/url/embed.ts).
    '/?EMBED=1',
    '/?embed=0&embed=1',
  ])('for the app: %s', (address) => expect(answersFromCache(at(address))).toBe(true));

  it.each([
    '//evil.example/?m=2580',
    '/\\evil.example/?m=2580',
    '//evil.example/%2e%2e/?m=2580',
    '///evil.example/',
    '/evil.example/',
    '/index.html/x',
    '/?embed=1&m=2580',
    '/?m=2580&embed=1',
    '/?%65mbed=1',
    '/?embed=%31&m=2580',
  ])('never for %s (the server answers)', (address) => {
    // The address as the browser reads it from the location bar: on this origin, whatever path.
    const url = new URL(`http://127.0.0.1:4173${address}`);
    expect(url.origin).toBe('http://127.0.0.1:4173');
    expect(answersFromCache(url)).toBe(false);
  });
});
