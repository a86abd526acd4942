import { describe, expect, it } from 'vitest';
import { isLoopbackHost, parseBaseUrl } from '../../src/http/base-url.js';
import { UsageError } from '../../src/errors.js';

describe('parseBaseUrl', () => {
  it('accepts https anywhere and strips a trailing slash', () => {
    expect(parseBaseUrl('https://api.example.org/', '--base-url').href).toBe('https://api.example.org/');
    expect(parseBaseUrl('https://gw.example.org/v/', '--base-url').pathname).toBe('/v');
  });
  it.each(['http://127.0.0.1:4010', 'http://localhost:8080', 'http://[::1]:9', 'http://127.9.9.9'])('accepts loopback http %s', (url) => {
    expect(parseBaseUrl(url, 'X').protocol).toBe('http:');
  });
  it.each(['http://api.example.org', 'http://10.0.0.5', 'http://192.168.1.2:80'])('refuses plain http off loopback: %s', (url) => {
    expect(() => parseBaseUrl(url, 'SOAPNOTEAPI_BASE_URL')).toThrow(/SOAPNOTEAPI_BASE_URL: plain http:\/\/ is only allowed for loopback/);
  });
  it('refuses non-URLs, other protocols and credentials', () => {
    expect(() => parseBaseUrl('api.example.org', '--base-url')).toThrow(UsageError);
    expect(() => parseBaseUrl('ftp://x.org', '--base-url')).toThrow(/unsupported protocol/);
    expect(() => parseBaseUrl('https://u:p@x.org', '--base-url')).toThrow(/credentials/);
  });
  it('knows loopback names', () => {
    expect(isLoopbackHost('LOCALHOST')).toBe(true);
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('128.0.0.1')).toBe(false);
    expect(isLoopbackHost('localhost.evil.com')).toBe(false);
  });
});
