declare module 'virtual:backstory-model' {
  import type { CompiledModel } from '~/lib/annotate/compiled-model';
  const model: CompiledModel;
  export default model;
}
declare module 'virtual:backstory-dataset' {
  import type { Dataset } from '~/lib/dataset/types';
  const dataset: Dataset;
  export default dataset;
}
