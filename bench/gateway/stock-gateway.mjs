// The stock @apollo/gateway with nothing added, as its documentation starts it:
// the supergraph file given in SUPERGRAPH_PATH, on PORT. The benchmark's baseline.
import fs from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';

const gateway = new ApolloGateway({ supergraphSdl: fs.readFileSync(process.env.SUPERGRAPH_PATH, 'utf8') });
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, { listen: { port: Number(process.env.PORT), host: '127.0.0.1' } });
process.stdout.write(`stock gateway at ${url}\n`);
process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
