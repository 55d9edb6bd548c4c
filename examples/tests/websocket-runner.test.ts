import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { startServer } from '../src/websocket/server.js';

describe('websocket runner', () => {
  it('starts the server for scenario 0', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 0, 'scenario 0 banner is printed');
  });

  it('starts the server for scenario 1', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 1, 'scenario 1 banner is printed');
  });

  it('starts the server for scenario 2', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 2, 'scenario 2 banner is printed');
  });

  it('starts the server for scenario 3', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 3, 'scenario 3 banner is printed');
  });

  it('starts the server for scenario 4', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 4, 'scenario 4 banner is printed');
  });

  it('starts the server for scenario 5', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 5, 'scenario 5 banner is printed');
  });

  it('starts the server for scenario 6', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 6, 'scenario 6 banner is printed');
  });

  it('starts the server for scenario 7', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 0, 'scenario 7 banner is printed');
  });

  it('starts the server for scenario 8', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 1, 'scenario 8 banner is printed');
  });

  it('starts the server for scenario 9', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 2, 'scenario 9 banner is printed');
  });

  it('starts the server for scenario 10', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 3, 'scenario 10 banner is printed');
  });

  it('starts the server for scenario 11', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 4, 'scenario 11 banner is printed');
  });

  it('starts the server for scenario 12', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 5, 'scenario 12 banner is printed');
  });

  it('starts the server for scenario 13', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 6, 'scenario 13 banner is printed');
  });

  it('starts the server for scenario 14', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 0, 'scenario 14 banner is printed');
  });

  it('starts the server for scenario 15', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 1, 'scenario 15 banner is printed');
  });

  it('starts the server for scenario 16', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 2, 'scenario 16 banner is printed');
  });

  it('starts the server for scenario 17', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 3, 'scenario 17 banner is printed');
  });

  it('starts the server for scenario 18', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 4, 'scenario 18 banner is printed');
  });

  it('starts the server for scenario 19', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 5, 'scenario 19 banner is printed');
  });

  it('starts the server for scenario 20', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 6, 'scenario 20 banner is printed');
  });

  it('starts the server for scenario 21', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 0, 'scenario 21 banner is printed');
  });

  it('starts the server for scenario 22', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 1, 'scenario 22 banner is printed');
  });

  it('starts the server for scenario 23', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 2, 'scenario 23 banner is printed');
  });

  it('starts the server for scenario 24', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 3, 'scenario 24 banner is printed');
  });

  it('starts the server for scenario 25', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 4, 'scenario 25 banner is printed');
  });

  it('starts the server for scenario 26', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 5, 'scenario 26 banner is printed');
  });

  it('starts the server for scenario 27', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 6, 'scenario 27 banner is printed');
  });

  it('starts the server for scenario 28', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 0, 'scenario 28 banner is printed');
  });

  it('starts the server for scenario 29', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 1, 'scenario 29 banner is printed');
  });

  it('starts the server for scenario 30', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 2, 'scenario 30 banner is printed');
  });

  it('starts the server for scenario 31', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 3, 'scenario 31 banner is printed');
  });

  it('starts the server for scenario 32', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 4, 'scenario 32 banner is printed');
  });

  it('starts the server for scenario 33', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 5, 'scenario 33 banner is printed');
  });

  it('starts the server for scenario 34', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 6, 'scenario 34 banner is printed');
  });

  it('starts the server for scenario 35', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 0, 'scenario 35 banner is printed');
  });

  it('starts the server for scenario 36', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 1, 'scenario 36 banner is printed');
  });

  it('starts the server for scenario 37', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 2, 'scenario 37 banner is printed');
  });

  it('starts the server for scenario 38', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 3, 'scenario 38 banner is printed');
  });

  it('starts the server for scenario 39', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 4, 'scenario 39 banner is printed');
  });

  it('starts the server for scenario 40', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 5, 'scenario 40 banner is printed');
  });

  it('starts the server for scenario 41', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 6, 'scenario 41 banner is printed');
  });

  it('starts the server for scenario 42', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 0, 'scenario 42 banner is printed');
  });

  it('starts the server for scenario 43', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 1, 'scenario 43 banner is printed');
  });

  it('starts the server for scenario 44', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 2, 'scenario 44 banner is printed');
  });

  it('starts the server for scenario 45', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 3, 'scenario 45 banner is printed');
  });

  it('starts the server for scenario 46', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 4, 'scenario 46 banner is printed');
  });

  it('starts the server for scenario 47', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 5, 'scenario 47 banner is printed');
  });

  it('starts the server for scenario 48', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 6, 'scenario 48 banner is printed');
  });

  it('starts the server for scenario 49', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 0, 'scenario 49 banner is printed');
  });

  it('starts the server for scenario 50', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 1, 'scenario 50 banner is printed');
  });

  it('starts the server for scenario 51', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 2, 'scenario 51 banner is printed');
  });

  it('starts the server for scenario 52', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 3, 'scenario 52 banner is printed');
  });

  it('starts the server for scenario 53', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 4, 'scenario 53 banner is printed');
  });

  it('starts the server for scenario 54', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 5, 'scenario 54 banner is printed');
  });

  it('starts the server for scenario 55', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 6, 'scenario 55 banner is printed');
  });

  it('starts the server for scenario 56', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 0, 'scenario 56 banner is printed');
  });

  it('starts the server for scenario 57', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 1, 'scenario 57 banner is printed');
  });

  it('starts the server for scenario 58', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 2, 'scenario 58 banner is printed');
  });

  it('starts the server for scenario 59', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 3, 'scenario 59 banner is printed');
  });

  it('starts the server for scenario 60', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 4, 'scenario 60 banner is printed');
  });

  it('starts the server for scenario 61', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 5, 'scenario 61 banner is printed');
  });

  it('starts the server for scenario 62', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 6, 'scenario 62 banner is printed');
  });

  it('starts the server for scenario 63', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 0, 'scenario 63 banner is printed');
  });

  it('starts the server for scenario 64', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 1, 'scenario 64 banner is printed');
  });

  it('starts the server for scenario 65', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 2, 'scenario 65 banner is printed');
  });

  it('starts the server for scenario 66', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 3, 'scenario 66 banner is printed');
  });

  it('starts the server for scenario 67', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 4, 'scenario 67 banner is printed');
  });

  it('starts the server for scenario 68', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 5, 'scenario 68 banner is printed');
  });

  it('starts the server for scenario 69', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 6, 'scenario 69 banner is printed');
  });

  it('starts the server for scenario 70', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 0, 'scenario 70 banner is printed');
  });

  it('starts the server for scenario 71', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 1, 'scenario 71 banner is printed');
  });

  it('starts the server for scenario 72', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 2, 'scenario 72 banner is printed');
  });

  it('starts the server for scenario 73', () => {
    const banner = startServer();
    assert.match(banner, /websocket server/);
    assert.ok(banner.length > 3, 'scenario 73 banner is printed');
  });

});
