/** jfountain: a Fountain 1.1 screenplay parser. Only the API packages are exported. */
module dev.scenecost.jfountain {
  exports dev.scenecost.jfountain;
  exports dev.scenecost.jfountain.node;
}
