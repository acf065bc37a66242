/** Ideas from next door: what the neighbours do that a municipality does not, and shared projects. */
export { IdeasList, SharedProjectList } from './IdeasList';
