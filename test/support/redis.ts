/**
 * A real Redis for tests: Debian's `redis-server` (.ci/run installs it) on a
 * loopback port, without persistence, stopped and started again on the same
 * port to test what the gateways do while it is away.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';

export interface TestRedis {
  url: string;
  port: number;
  /** Kills the server (SIGKILL): clients see their connections drop. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
  /** How many client connections the server has (CLIENT LIST), this question's own among them. */
  clients(): Promise<number>;
  stop(): Promise<void>;
}

export function redisServerAvailable(): boolean {
  return spawnSync('redis-server', ['--version'], { encoding: 'utf8' }).status === 0;
}

async function pickPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.write('PING\r\n');
  });
}

/** The lines of CLIENT LIST, one per connection (a RESP bulk string: `$<bytes>\r\n<text>\r\n`). */
async function clientCount(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let reply = '';
    socket.on('data', (data) => {
      reply += data.toString();
      const header = /^\$(\d+)\r\n/.exec(reply);
      if (!header || Buffer.byteLength(reply) < header[0].length + Number(header[1])) return;
      socket.destroy();
      resolve(
        reply
          .slice(header[0].length)
          .split('\n')
          .filter((line) => line.startsWith('id=')).length,
      );
    });
    socket.once('error', reject);
    socket.write('CLIENT LIST\r\n');
  });
}

function launch(port: number): ChildProcess {
  return spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
}

async function waitUntilUp(child: ChildProcess, port: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`redis-server exited with ${child.exitCode} (port ${port} taken?)`);
    if (await answers(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not answer on port ${port} within 10 s`);
}

export async function startRedis(): Promise<TestRedis> {
  if (!redisServerAvailable()) {
    throw new Error('redis-server is not installed: `apt-get install -y redis-server` (.ci/run does this)');
  }
  let port = 0;
  let child: ChildProcess | undefined;
  // A port picked here can be taken before redis-server binds it: try another.
  for (let attempt = 1; !child; attempt += 1) {
    port = await pickPort();
    const candidate = launch(port);
    try {
      await waitUntilUp(candidate, port);
      child = candidate;
    } catch (error) {
      candidate.kill('SIGKILL');
      if (attempt === 3) throw error;
    }
  }
  let current: ChildProcess = child;
  const kill = async () => {
    if (current.exitCode !== null) return;
    const exited = new Promise((resolve) => current.once('exit', resolve));
    current.kill('SIGKILL');
    await exited;
  };
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill,
    restart: async () => {
      current = launch(port);
      await waitUntilUp(current, port);
    },
    stop: kill,
    clients: () => clientCount(port),
  };
}
