import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { climateAt, defaultClimate } from './climate.js';
import { type Simulator, startSimulator } from './server.js';

/** A raw-socket client, as a VISA `TCPIP::host::port::SOCKET` resource with newline termination. */
class RawClient {
  private buffer = '';
  private waiting: ((line: string) => void)[] = [];
  closed = false;

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.buffer += chunk.toString('latin1');
      let match = /\r\n|\r|\n/.exec(this.buffer);
      while (match) {
        const line = this.buffer.slice(0, match.index);
        this.buffer = this.buffer.slice(match.index + match[0].length);
        this.waiting.shift()?.(line);
        match = /\r\n|\r|\n/.exec(this.buffer);
      }
    });
    socket.on('close', () => {
      this.closed = true;
    });
  }

  static open(port: number): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(new RawClient(socket)));
      socket.once('error', reject);
    });
  }

  write(text: string): void {
    this.socket.write(text);
  }

  /** The next answer line. */
  next(timeoutMs = 1000): Promise<string> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiting = this.waiting.filter((w) => w !== receive);
        reject(new Error(`no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      const receive = (line: string) => {
        clearTimeout(timer);
        resolve(line);
      };
      this.waiting.push(receive);
    });
  }

  query(command: string, timeoutMs = 1000, ending = '\n'): Promise<string> {
    const answer = this.next(timeoutMs);
    this.write(`${command}${ending}`);
    return answer;
  }

  close(): void {
    this.socket.destroy();
  }
}

describe('Fluke 1620A simulator', () => {
  let simulator: Simulator;
  let port: number;
  const clients: RawClient[] = [];
  const open = async (p = port) => {
    const client = await RawClient.open(p);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    simulator = await startSimulator({
      instruments: 2,
      slowReplyMs: 300,
      instrumentOptions: { samplePeriodMs: 200 },
    });
    port = simulator.endpoints[0].port;
  });
  afterAll(async () => {
    for (const client of clients) client.close();
    await simulator.close();
  });

  it('identifies itself and names its channels', async () => {
    const client = await open();
    expect(await client.query('*IDN?')).toBe('HART,1620,A6300,1.10');
    expect(await client.query('SENS1:IDEN?')).toBe('"Lab 1A"');
    expect(await client.query('SENS2:IDEN?')).toBe('"Lab 1B"');
    const second = await open(simulator.endpoints[1].port);
    expect(await second.query('*IDN?')).toBe('HART,1620,A6301,1.10');
  });

  it('answers READ? with state, channel, values, units and time stamp once FORM:TDST:STAT 1 is set', async () => {
    const client = await open();
    expect(await client.query('READ? 1')).toMatch(/^\d+\.\d{3},\d+\.\d{2}$/);
    client.write('FORM:TDST:STAT 1\n');
    await new Promise((resolve) => setTimeout(resolve, 250));
    const reply = await client.query('READ? 2');
    const fields = reply.split(',');
    expect(fields).toHaveLength(12);
    expect(fields.slice(0, 2)).toEqual(['1', '2']);
    expect(fields[3]).toBe('C');
    expect(fields[5]).toBe('%');
    const [temperature, humidity] = [Number(fields[2]), Number(fields[4])];
    expect(temperature).toBeGreaterThan(15);
    expect(temperature).toBeLessThan(35);
    expect(humidity).toBeGreaterThan(20);
    expect(humidity).toBeLessThan(80);
    const stamp = new Date(
      Date.UTC(+fields[6], +fields[7] - 1, +fields[8], +fields[9], +fields[10], +fields[11]),
    );
    expect(Math.abs(stamp.getTime() - Date.now())).toBeLessThan(3000);
    // Asked again before the next sample: no new reading.
    expect((await client.query('READ? 2')).startsWith('0,2,')).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect((await client.query('READ? 2')).startsWith('1,2,')).toBe(true);
  });

  it('accepts commands ending in LF, CR or CRLF, several per packet or split across packets', async () => {
    const client = await open();
    expect(await client.query('*IDN?', 1000, '\r')).toMatch(/^HART,1620,/);
    expect(await client.query('*IDN?', 1000, '\r\n')).toMatch(/^HART,1620,/);
    const both = Promise.all([client.next(), client.next()]);
    client.write('SENS1:IDEN?\nSENS2:');
    client.write('IDEN?\r\n');
    expect(await both).toEqual(['"Lab 1A"', '"Lab 1B"']);
  });

  it('keeps a clock that can be read and set, and converts to Fahrenheit on request', async () => {
    const client = await open();
    const [year, month, day] = (await client.query('SYST:DATE?')).split(',').map(Number);
    const [hour, minute, second] = (await client.query('SYST:TIME?')).split(',').map(Number);
    expect(Math.abs(Date.UTC(year, month - 1, day, hour, minute, second) - Date.now())).toBeLessThan(3000);
    client.write('SYST:DATE 2024,2,29\nSYST:TIME 23,59,30\n');
    expect(await client.query('SYST:DATE?')).toBe('2024,2,29');
    expect(await client.query('SYST:TIME?')).toMatch(/^23,59,3\d$/);
    client.write('FORM:TDST:STAT 0\nUNIT:TEMP F\n');
    const fahrenheit = Number((await client.query('READ? 1')).split(',')[0]);
    expect(fahrenheit).toBeGreaterThan(59);
    expect(fahrenheit).toBeLessThan(95);
    client.write('UNIT:TEMP C\n');
    client.write('SYST:DATE?x\n');
    expect(await client.query('SYST:ERR?')).toBe('-113,"Undefined header"');
    expect(await client.query('SYST:ERR?')).toBe('0,"No error"');
  });

  describe('fault modes, set at run time', () => {
    const faulty = () => simulator.endpoints[1];

    it('refuses connections, and accepts them again when mended', async () => {
      await faulty().setFault('refuse');
      await expect(RawClient.open(faulty().port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
      await faulty().setFault('none');
      const client = await open(faulty().port);
      expect(await client.query('*IDN?')).toMatch(/^HART/);
    });

    it('drops connections', async () => {
      const client = await open(faulty().port);
      await faulty().setFault('drop');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(client.closed).toBe(true);
      const next = await open(faulty().port);
      await expect(next.query('*IDN?', 300)).rejects.toThrow('no answer');
      expect(next.closed).toBe(true);
      await faulty().setFault('none');
    });

    it('hangs, yet obeys SIM:FAULT from the same socket', async () => {
      const client = await open(faulty().port);
      client.write('SIM:FAULT hang\n');
      await expect(client.query('*IDN?', 300)).rejects.toThrow('no answer');
      expect(await client.query('SIM:FAULT?')).toBe('hang');
      client.write('SIM:FAULT none\n');
      expect(await client.query('*IDN?')).toMatch(/^HART/);
    });

    it('answers garbage, state 0, zeros, or slowly', async () => {
      const client = await open(faulty().port);
      client.write('FORM:TDST:STAT 1\n');
      await faulty().setFault('garbage');
      expect(await client.query('*IDN?')).not.toMatch(/^HART,1620,A6301,/);
      await faulty().setFault('state0');
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect((await client.query('READ? 1')).startsWith('0,1,')).toBe(true);
      await faulty().setFault('zeros');
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect((await client.query('READ? 1')).split(',').slice(0, 5)).toEqual([
        '1',
        '1',
        '0.000',
        'C',
        '0.00',
      ]);
      await faulty().setFault('slow');
      const began = Date.now();
      await client.query('*IDN?');
      expect(Date.now() - began).toBeGreaterThanOrEqual(290);
      await faulty().setFault('none');
    });

    it('puts the clock hours off', async () => {
      const client = await open(faulty().port);
      await faulty().setFault('clock-off');
      const [hour] = (await client.query('SYST:TIME?')).split(',').map(Number);
      const expected = new Date(Date.now() - 3 * 3600_000).getUTCHours();
      expect(hour).toBe(expected);
      await faulty().setFault('none');
    });
  });
});

describe('climate', () => {
  it('swings through the day: warmest in the afternoon, humidity lowest then', () => {
    const climate = defaultClimate(0, 1);
    const steady = () => 0.5;
    const afternoon = climateAt(climate, new Date(Date.UTC(2026, 10, 23, climate.warmestHour)), steady);
    const night = climateAt(
      climate,
      new Date(Date.UTC(2026, 10, 23, (climate.warmestHour + 12) % 24)),
      steady,
    );
    expect(afternoon.temperature - night.temperature).toBeCloseTo(2 * climate.temperatureSwing, 2);
    expect(afternoon.humidity).toBeLessThan(night.humidity);
  });
});
