export { startWorker, type WorkerOptions } from "./start-worker";
export { createLogMailer } from "./log-mailer";
export { createTaskList } from "./task-list";
