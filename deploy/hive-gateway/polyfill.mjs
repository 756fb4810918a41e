// Hive Gateway uses Promise.withResolvers, which Node 20 lacks; preload with
// `node --import ./deploy/hive-gateway/polyfill.mjs`. Not needed on Node 22+.
if (!Promise.withResolvers) {
  Promise.withResolvers = function withResolvers() {
    let resolve;
    let reject;
    const promise = new this((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
