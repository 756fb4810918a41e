/** Entities owned by the ngos subgraph, as this subgraph knows them: by their keys only. */
export interface NgoRef {
  id: string;
}

export interface RegionRef {
  code: string;
}
