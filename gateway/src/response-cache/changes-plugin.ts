/**
 * Every mutation through the gateway is a change: before its answer leaves,
 * the subgraphs it reached are announced on the bus, and the response cache
 * (on every worker) has dropped what it kept. A failed mutation is announced
 * too: it may have changed part of what it was asked.
 */
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { SubgraphName } from '../../../lib/config.js';
import type { InvalidationBus } from '../../../lib/events/changes.js';

interface ChangeContext extends BaseContext {
  /** The subgraphs this request sent something to, filled in by the gateway's data sources. */
  subgraphsReached?: Set<SubgraphName>;
}

export function announceMutations<TContext extends ChangeContext>(bus: InvalidationBus): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          await bus.publish({ source: 'api', subgraphs: [...(contextValue.subgraphsReached ?? [])] });
        },
      };
    },
  };
}
