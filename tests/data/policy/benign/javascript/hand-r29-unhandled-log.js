// Logs unhandled rejections and exits with an error code.
process.on("unhandledRejection", (reason) => {
  console.error("unhandled:", reason);
  process.exitCode = 1;
});
Promise.reject(new Error("config missing"));
